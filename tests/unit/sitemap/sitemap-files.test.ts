import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapFiles, type SitemapEntry } from '../../../src/lib/sitemap/sitemap-files.ts';

const SITE = 'https://news.example/';
const xml = new XMLParser();
// The parser returns `any`; a sitemap holds one `url` or `sitemap` element, or a list of them.
type Locs = { loc: string } | { loc: string }[];
const locs = (text: string): string[] => [(xml.parse(text) as { urlset: { url: Locs } }).urlset.url].flat().map((u) => u.loc);

describe('sitemapFiles', () => {
  const entries: SitemapEntry[] = [
    { url: `${SITE}latest/10/` },
    { url: `${SITE}articles/harbour/`, lastmod: new Date('2024-05-19T14:30:00+01:00') },
    { url: `${SITE}latest/2/` },
    { url: `${SITE}` },
    { url: `${SITE}articles/dam/`, lastmod: new Date('2024-05-20T08:00:00Z') },
    { url: `${SITE}latest/2/` },
  ];

  it('lists each page once, in natural order (page 2 before page 10)', () => {
    const [first] = sitemapFiles(entries, SITE);
    expect(first?.name).toBe('sitemap-0.xml');
    expect(locs(first!.xml)).toEqual([SITE, `${SITE}articles/dam/`, `${SITE}articles/harbour/`, `${SITE}latest/2/`, `${SITE}latest/10/`]);
  });

  it('gives article pages their last change in UTC', () => {
    const [first] = sitemapFiles(entries, SITE);
    expect(first?.xml).toContain(`<url><loc>${SITE}articles/harbour/</loc><lastmod>2024-05-19T13:30:00.000Z</lastmod></url>`);
  });

  it.each([
    [5, ['sitemap-0.xml', 'sitemap-index.xml']],
    [2, ['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-index.xml']],
  ])('splits into files of at most %i URLs, all named in the index', (limit, names) => {
    const files = sitemapFiles(entries, SITE, limit);
    expect(files.map((f) => f.name)).toEqual(names);
    const index = [(xml.parse(files.at(-1)!.xml) as { sitemapindex: { sitemap: Locs } }).sitemapindex.sitemap].flat().map((s) => s.loc);
    expect(index).toEqual(names.slice(0, -1).map((name) => `${SITE}${name}`));
  });

  it('dates each file in the index by the latest change it lists', () => {
    const index = sitemapFiles(entries, SITE, 2).at(-1)!.xml;
    // sitemap-0: home and dam (20 May); sitemap-1: harbour (19 May) and latest/2; sitemap-2: latest/10, no date.
    expect(index).toContain(`<loc>${SITE}sitemap-0.xml</loc><lastmod>2024-05-20T08:00:00.000Z</lastmod>`);
    expect(index).toContain(`<loc>${SITE}sitemap-1.xml</loc><lastmod>2024-05-19T13:30:00.000Z</lastmod>`);
    expect(index).toContain(`<sitemap><loc>${SITE}sitemap-2.xml</loc></sitemap>`);
  });

  it('escapes URLs so the XML stays well formed', () => {
    const [first] = sitemapFiles([{ url: `${SITE}search/?q=a&b='c'` }], SITE);
    expect(first?.xml).toContain('<loc>https://news.example/search/?q=a&amp;b=&apos;c&apos;</loc>');
    expect(locs(first!.xml)).toEqual([`${SITE}search/?q=a&b='c'`]);
  });
});
