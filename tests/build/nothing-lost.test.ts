import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { parsePage, textOf } from '../support/html.ts';

const COUNT = 2000;
const PLACES = ['Varnia', 'Ostrel', 'Soltria', 'Teradin', 'Kessa', 'Pellow', 'Orla', 'Halden', 'Marrow', 'Quill'];
const SUBJECTS = ['harbour', 'railway', 'budget', 'election', 'flood', 'museum', 'comet', 'chess', 'bridge', 'school'];

/** Writes COUNT fictional articles: unique headlines, seeded dates and sections, some in subfolders. */
function writeArticles(dir: string): Map<string, { title: string; section: string }> {
  const expected = new Map<string, { title: string; section: string }>();
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < COUNT; i++) {
    const place = PLACES[i % PLACES.length] ?? 'Varnia';
    const subject = SUBJECTS[Math.floor(i / PLACES.length) % SUBJECTS.length] ?? 'news';
    const section = siteConfig.sections[Math.floor(random() * siteConfig.sections.length)]?.slug ?? siteConfig.defaultSection;
    const slug = `story-${String(i).padStart(4, '0')}`;
    const title = `${place} ${subject} report number ${i}`;
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 1500) * 86_400_000 + (i % 1440) * 60_000);
    const folder = join(dir, String(day.getUTCFullYear()));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `${slug}.md`),
      `---\ntitle: ${title}\ndate: ${day.toISOString()}\nsection: ${section}\ntags: [${place}]\n---\n\nThe ${subject} in ${place} was the subject of report ${i}. Officials in ${place} said the ${subject} work would go on.\n`,
    );
    expected.set(slug, { title, section });
  }
  return expected;
}

describe(`a site of ${COUNT} articles loses nothing`, () => {
  let site: BuiltSite;
  let expected: Map<string, { title: string; section: string }>;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-many-'));
    expected = writeArticles(join(dir, 'articles'));
    site = buildSite(join(dir, 'articles'));
  });

  it('builds', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
  });

  it('has one page per article, each with its own headline (none swapped or merged)', () => {
    const pages = site.files().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    expect(pages).toHaveLength(COUNT);
    for (const [slug, { title }] of expected) {
      expect(textOf(parsePage(site.read(`articles/${slug}/index.html`)).querySelector('h1'))).toBe(title);
    }
  });

  it('lists every article in its section, across the pages of the section', () => {
    const listed = new Map<string, string>();
    for (const file of site.files().filter((f) => /^[a-z]+\/(\d+\/)?index\.html$/.test(f))) {
      const section = file.split('/')[0] ?? '';
      if (!siteConfig.sections.some((s) => s.slug === section)) continue;
      for (const link of parsePage(site.read(file)).querySelectorAll('.article-card-headline a')) {
        const slug = link.getAttribute('href')?.split('/')[2] ?? '';
        expect(listed.has(slug), `${slug} listed twice`).toBe(false);
        listed.set(slug, section);
      }
    }
    expect(listed.size).toBe(COUNT);
    for (const [slug, { section }] of expected) expect(listed.get(slug)).toBe(section);
  });

  it('lists every article in the sitemap', () => {
    const sitemaps = site.files().filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = new Set(sitemaps.flatMap((f) => [...site.read(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])));
    for (const slug of expected.keys()) expect(urls.has(`${siteConfig.url}/articles/${slug}/`), slug).toBe(true);
  });
});
