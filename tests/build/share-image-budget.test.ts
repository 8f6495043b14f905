import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { parsePage } from '../support/html.ts';
import { decodePng } from '../support/png.ts';
import { folderWith } from '../support/temp-tree.ts';

const SITE = 'https://dispatch.example';

// Three invented articles in two sections; the oldest names none, so it is in the default section (News).
const article = (title: string, date: string, section?: string) =>
  `---\ntitle: ${title}\ndate: ${date}\n${section === undefined ? '' : `section: ${section}\n`}---\n\nA sample article written for the share-image budget test.\n`;
const content = folderWith({
  'newest.md': article('Ferry timetable returns to Ostrel', '2024-05-03T09:00:00Z', 'world'),
  'middle.md': article('Kessa museum opens a comet gallery', '2024-05-02T09:00:00Z', 'world'),
  'oldest.md': article('Varnia council votes on bridge repairs', '2024-05-01T09:00:00Z'),
});

type Shared = { slug: string; image: string; width: string; height: string; alt: string; jsonLd: string[] };

/** What each article page says it is shared with: og:image, its size and alt text, and the structured data's images. */
function sharedWith(site: BuiltSite, slug: string): Shared {
  const doc = parsePage(site.read(`articles/${slug}/index.html`));
  const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
  const data = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as { '@type': string; image?: string[] });
  return {
    slug,
    image: meta('og:image'),
    width: meta('og:image:width'),
    height: meta('og:image:height'),
    alt: meta('og:image:alt'),
    jsonLd: data.find((d) => d['@type'] === 'ReportageNewsArticle')?.image ?? [],
  };
}

/** Every og:image of every page, and every image of every page's structured data: each a file of the site, of the size the page says. */
function brokenImages(site: BuiltSite): string[] {
  const broken: string[] = [];
  for (const page of site.files().filter((file) => file.endsWith('.html'))) {
    const doc = parsePage(site.read(page));
    const declared = (key: string) => Number(doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? Number.NaN);
    const ogImages = [...doc.querySelectorAll('meta[property="og:image"]')].map((m) => m.getAttribute('content') ?? '');
    const jsonLdImages = [...doc.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => (JSON.parse(s.textContent ?? '') as { image?: string[] }).image ?? []);
    for (const url of [...ogImages, ...jsonLdImages]) {
      const path = url.startsWith(`${SITE}/`) ? url.slice(SITE.length + 1) : undefined;
      if (path === undefined || !site.exists(path)) {
        broken.push(`${page}: ${url} is no file of the site`);
        continue;
      }
      if (!ogImages.includes(url) || !path.endsWith('.png')) continue;
      const png = decodePng(readFileSync(join(site.outDir, path)));
      const [width, height] = [declared('og:image:width'), declared('og:image:height')];
      if (!Number.isNaN(width) && (png.width !== width || png.height !== height)) broken.push(`${page}: ${url} is ${png.width}×${png.height}, not ${width}×${height}`);
    }
  }
  return broken;
}

const own = (slug: string, title: string): Shared => ({ slug, image: `${SITE}/articles/${slug}/share.png`, width: '1200', height: '630', alt: title, jsonLd: [`${SITE}/articles/${slug}/share.png`] });
const sections = (slug: string, section: string, name: string): Shared => ({
  slug,
  image: `${SITE}/${section}/share.png`,
  width: '1200',
  height: '630',
  alt: `The latest ${name} stories from Dispatch`,
  jsonLd: [`${SITE}/${section}/share.png`],
});

describe('share images within a budget of one new card a build', () => {
  const work = mkdtempSync(join(tmpdir(), 'dispatch-share-budget-'));
  // The same output, caches and image cache for every build; the image cache starts empty.
  const options = {
    env: { DISPATCH_NOW: '2024-06-01T12:00:00Z', DISPATCH_SHARE_IMAGE_BUDGET: '1', DISPATCH_SHARE_IMAGE_CACHE: join(work, 'share-images') },
    cacheDir: join(work, 'cache'),
    outDir: join(work, 'dist'),
  };
  const slugs = ['newest', 'middle', 'oldest'];
  let first: BuiltSite;
  let firstShared: Shared[];
  let firstBroken: string[];
  let second: BuiltSite;
  let secondShared: Shared[];
  let secondBroken: string[];
  let third: BuiltSite;

  beforeAll(() => {
    first = buildSite(content, options);
    firstShared = slugs.map((slug) => sharedWith(first, slug));
    firstBroken = brokenImages(first);
    second = buildSite(content, options);
    secondShared = slugs.map((slug) => sharedWith(second, slug));
    secondBroken = brokenImages(second);
    third = buildSite(content, options);
  });

  it('builds three times', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    expect(third.status, third.output).toBe(0);
  });

  it("first: the newest article has its own card, the others their section's, the default section's for the one that names none", () => {
    expect(firstShared).toEqual([own('newest', 'Ferry timetable returns to Ostrel'), sections('middle', 'world', 'World'), sections('oldest', 'news', 'News')]);
    // Three images: the newest article's card and the two sections'; the budget is spent, nothing is drawn ahead.
    expect(first.output).toMatch(/3 share images published, 3 drawn .*; 2 articles wait for their own card/);
    expect(first.output).not.toMatch(/drawn ahead/);
  });

  it('first: every og:image and structured-data image is a file of the site, of the size the page says', () => {
    expect(firstBroken).toEqual([]);
  });

  it('second, nothing changed: waits for no drawing, shows the same cards, and draws the next newest ahead', () => {
    expect(secondShared).toEqual(firstShared);
    expect(second.output).toMatch(/3 share images published, 0 drawn .*; 2 articles wait for their own card/);
    expect(second.output).toMatch(/1 of 1 share cards drawn ahead while the build ran, for the next build to publish/);
    expect(secondBroken).toEqual([]);
  });

  it('third: the card drawn ahead is published, the oldest still waits and is drawn ahead in turn', () => {
    expect(slugs.map((slug) => sharedWith(third, slug))).toEqual([
      own('newest', 'Ferry timetable returns to Ostrel'),
      own('middle', 'Kessa museum opens a comet gallery'),
      sections('oldest', 'news', 'News'),
    ]);
    expect(third.output).toMatch(/3 share images published, 0 drawn .*; 1 article waits for its own card/);
    expect(third.output).toMatch(/1 of 1 share cards drawn ahead/);
    expect(brokenImages(third)).toEqual([]);
  });

  it("third: a section's card no article shows any more is gone, the one still shown stays", () => {
    expect(third.exists('world/share.png')).toBe(false);
    expect(decodePng(readFileSync(join(third.outDir, 'news/share.png')))).toMatchObject({ width: 1200, height: 630 });
  });
});
