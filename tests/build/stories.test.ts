import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fingerprint, openSite, PROJECT_ROOT, type BuiltSite } from '../support/build-site.ts';
import { htmlProblems } from '../support/html-problems.ts';
import { parsePage, textOf } from '../support/html.ts';

// tests/fixtures/story-site: three reports of the Marrow Bridge's collapse in Tessaly, an
// editor's ferry report put into that story, a column kept out of it (`story: none`), a
// look-alike footbridge collapse in Brevik, two reports of one cup final, and others.
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/story-site/articles');
// Every build at one moment, so pages that print dates relative to now compare.
const env = { DISPATCH_NOW: '2026-11-30T12:00:00Z' };
const BRIDGE = ['marrow-bridge-collapse', 'marrow-bridge-rescue-ends', 'tessaly-extra-ferries', 'marrow-bridge-inquiry-opens'];
const LATE_REPORT = `---
title: Marrow Bridge to reopen to walkers by the summer, Odile Farrant says
date: 2025-03-12T09:30:00Z
section: news
tags: [Tessaly]
---

Mayor Odile Farrant said on Wednesday that the undamaged half of the Marrow Bridge would reopen to walkers by the summer, nine days after a span fell into the Quillon river and injured 14 people.

Brannock Civil Works, which was repairing the 1962 bridge in Tessaly, has been told to stay off the site until the inquiry ends.
`;

/** The "More on this story" block of a page: the section whose accessible name says "this story". */
function storyBlock(doc: Document): Element | undefined {
  return [...doc.querySelectorAll('section[aria-labelledby]')].find((s) => /this story/i.test(textOf(doc.getElementById(s.getAttribute('aria-labelledby') ?? ''))));
}

/** The pages a timeline lists, in its order: a link's address, or `current` for the page itself (the breadcrumb trail is no timeline). */
function timeline(block: Element | undefined): string[] {
  return [...(block?.querySelectorAll('ol > li') ?? [])]
    .filter((li) => li.closest('nav') === null)
    .map((li) => (li.querySelector('[aria-current="page"]') ? 'current' : (li.querySelector('a')?.getAttribute('href') ?? '')));
}

const articlePage = (slug: string): string => `articles/${slug}/index.html`;
const articlePages = (site: BuiltSite): string[] => site.files().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f) && !site.read(f).includes('http-equiv="refresh"'));

describe('stories: "More on this story" and the story pages', () => {
  const work = mkdtempSync(join(tmpdir(), 'dispatch-stories-'));
  const content = join(work, 'articles');
  const cache = join(work, 'cache');
  const out = join(work, 'site');
  let first: BuiltSite;
  let firstFiles: Record<string, string>;
  let rebuilt: BuiltSite;
  let rebuiltFiles: Record<string, string>;
  // An article page of the first build.
  const read = (slug: string): string => first.read(articlePage(slug));

  beforeAll(() => {
    cpSync(FIXTURE, content, { recursive: true });
    const built = buildSite(content, { env, cacheDir: cache, outDir: out });
    // A copy to read after the rebuild has written over the folder.
    cpSync(out, join(work, 'first'), { recursive: true });
    first = openSite(join(work, 'first'), built.status, built.output);
    firstFiles = fingerprint(first);
    // A fourth report of the bridge, found from its text alone.
    writeFileSync(join(content, 'marrow-bridge-reopening.md'), LATE_REPORT);
    rebuilt = buildSite(content, { env, cacheDir: cache, outDir: out });
    rebuiltFiles = fingerprint(rebuilt);
  }, 600_000);

  it('builds both times', () => {
    expect(first.status, first.output.slice(-3000)).toBe(0);
    expect(rebuilt.status, rebuilt.output.slice(-3000)).toBe(0);
  });

  it('lists every article of the story in time order on each of its pages, the one being read marked in its place and not linked', () => {
    const doc = parsePage(read('marrow-bridge-rescue-ends'));
    const block = storyBlock(doc);
    expect(block?.tagName).toBe('SECTION');
    expect(timeline(block)).toEqual(['/articles/marrow-bridge-collapse/', 'current', '/articles/tessaly-extra-ferries/', '/articles/marrow-bridge-inquiry-opens/']);
    const current = block?.querySelector('[aria-current="page"]');
    expect(current?.closest('a')).toBeNull();
    expect(textOf(current)).toMatch(/^You are reading .*Divers end search at Marrow Bridge/);
    const dates = [...(block?.querySelectorAll('time[datetime]') ?? [])].map((t) => Date.parse(t.getAttribute('datetime') ?? ''));
    expect(dates).toHaveLength(4);
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
    expect(block?.querySelector('a[href="/stories/marrow-bridge-collapse/"]')?.textContent?.trim()).toBe('The whole story');
    // Apart from the related sidebar.
    expect(block?.closest('aside')).toBeNull();
  });

  it('shows the block on every article of the story, never the look-alike event', () => {
    for (const slug of BRIDGE) {
      const list = timeline(storyBlock(parsePage(read(slug))));
      expect(list, slug).toEqual(BRIDGE.map((other) => (other === slug ? 'current' : `/articles/${other}/`)));
      expect(list.join(' ')).not.toContain('pellan-footbridge-collapse');
    }
    expect(storyBlock(parsePage(read('pellan-footbridge-collapse')))).toBeUndefined();
    expect(storyBlock(parsePage(read('comet-survey-telescope')))).toBeUndefined();
  });

  it('keeps an article marked `story: none` out, and puts one in that an editor names', () => {
    expect(storyBlock(parsePage(read('marrow-bridge-column')))).toBeUndefined();
    expect(timeline(storyBlock(parsePage(read('tessaly-extra-ferries'))))).toContain('current');
  });

  it('gives each story a page at the slug of its earliest article, with the whole timeline, listed in the sitemap', () => {
    const doc = parsePage(first.read('stories/marrow-bridge-collapse/index.html'));
    expect(textOf(doc.querySelector('h1'))).toBe('Inquiry into the Marrow Bridge collapse will question Brannock Civil Works');
    expect(timeline(doc.querySelector('main') ?? undefined)).toEqual(BRIDGE.map((slug) => `/articles/${slug}/`));
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('4 reports');
    expect(first.exists('stories/rovers-win-coldwater-cup/index.html')).toBe(true);
    expect(first.files().filter((f) => f.startsWith('stories/') && f.endsWith('.html'))).toEqual(['stories/marrow-bridge-collapse/index.html', 'stories/rovers-win-coldwater-cup/index.html']);
    const sitemaps = first
      .files()
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .map((f) => first.read(f))
      .join('\n');
    expect(sitemaps).toMatch(/<loc>[^<]*\/stories\/marrow-bridge-collapse\/<\/loc>/);
    expect(sitemaps).toMatch(/<loc>[^<]*\/stories\/rovers-win-coldwater-cup\/<\/loc>/);
  });

  it('writes valid HTML', async () => {
    const pages = [...BRIDGE.map(articlePage), 'stories/marrow-bridge-collapse/index.html', 'stories/rovers-win-coldwater-cup/index.html'];
    expect(await htmlProblems(first, pages)).toEqual([]);
  });

  it('adds a new report to its story on the rebuild, at the end of the timeline', () => {
    const doc = parsePage(rebuilt.read('stories/marrow-bridge-collapse/index.html'));
    expect(timeline(doc.querySelector('main') ?? undefined)).toEqual([...BRIDGE, 'marrow-bridge-reopening'].map((slug) => `/articles/${slug}/`));
    expect(textOf(doc.querySelector('h1'))).toContain('reopen to walkers');
    expect(timeline(storyBlock(parsePage(rebuilt.read(articlePage('marrow-bridge-collapse')))))).toHaveLength(5);
  });

  it('changes on that rebuild only the pages of that story and the new article’s neighbours', () => {
    const added = parsePage(rebuilt.read(articlePage('marrow-bridge-reopening')));
    // Its neighbours: the articles next to it in its section, and those whose related links now show it.
    const neighbours = new Set([...added.querySelectorAll('a[rel="prev"], a[rel="next"]')].map((a) => a.getAttribute('href') ?? '').map((href) => `articles/${href.split('/')[2] ?? ''}/index.html`));
    for (const page of articlePages(rebuilt)) if (rebuilt.read(page).includes('href="/articles/marrow-bridge-reopening/"') && !BRIDGE.map(articlePage).includes(page)) neighbours.add(page);
    const changed = articlePages(first).filter((page) => firstFiles[page] !== rebuiltFiles[page]);
    expect(changed.filter((page) => !BRIDGE.map(articlePage).includes(page) && !neighbours.has(page))).toEqual([]);
    // Every page of the story shows the new report, and the other story is untouched.
    for (const slug of BRIDGE) expect(changed, slug).toContain(articlePage(slug));
    expect(rebuiltFiles['stories/rovers-win-coldwater-cup/index.html']).toBe(firstFiles['stories/rovers-win-coldwater-cup/index.html']);
    expect(rebuiltFiles['stories/marrow-bridge-collapse/index.html']).not.toBe(firstFiles['stories/marrow-bridge-collapse/index.html']);
    // Pages that share nothing with the new report are the bytes of the last build.
    for (const slug of ['rovers-win-coldwater-cup', 'rovers-cup-parade', 'comet-survey-telescope', 'grain-prices-ease']) expect(changed, slug).not.toContain(articlePage(slug));
  });
});
