import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasRedirects, redirectsFile } from '../../../src/lib/redirects/alias-redirects.ts';
import { sitemapFacts } from '../../../src/lib/sitemap/lastmod.ts';
import { NEWS_SITEMAP_LIMIT, newsArticles, newsSitemapXml } from '../../../src/lib/sitemap/news-sitemap.ts';
import { robotsTxt } from '../../../src/lib/sitemap/robots.ts';
import { sitemapFiles } from '../../../src/lib/sitemap/sitemap-files.ts';
import { xmlProblems } from '../../support/xml-lint.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

// sitemaps.org's schema as the `sitemap` package ships it, with Google News's (the site
// validator's copy, written from Google's spec) for the news elements.
const URLSET_SCHEMA = {
  main: `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="sitemap.xsd"/>
  <xsd:import namespace="http://www.google.com/schemas/sitemap-news/0.9" schemaLocation="sitemap-news.xsd"/>
</xsd:schema>`,
  preload: [
    { fileName: 'sitemap.xsd', contents: readFileSync(join(dirname(createRequire(import.meta.url).resolve('sitemap/package.json')), 'schema/sitemap.xsd'), 'utf8') },
    { fileName: 'sitemap-news.xsd', contents: readFileSync(join(import.meta.dirname, '../../../src/build/validate/schemas/sitemap-news.xsd'), 'utf8') },
  ],
};

const now = new Date('2024-05-20T12:00:00Z');

describe('the news sitemap', () => {
  const articles = [
    makeArticle('just-now', '2024-05-20T11:00:00Z'),
    makeArticle('yesterday', '2024-05-19T09:00:00+01:00'),
    makeArticle('three-days-ago', '2024-05-17T11:00:00Z'),
    makeArticle('tomorrow', '2024-05-21T09:00:00Z'),
    makeArticle('draft', '2024-05-20T10:00:00Z', ['draft: true']),
  ];

  it.each([
    ['just-now', true],
    ['yesterday', true],
    ['three-days-ago', false],
    ['tomorrow', false],
    ['draft', false],
  ])('lists %s: %s', (slug, listed) => {
    expect(newsArticles(articles, now).some((a) => a.slug === slug)).toBe(listed);
  });

  it('names the publication, its language, the date with its offset and the title', () => {
    const hostile = { ...makeArticle('hostile', '2024-05-20T09:00:00Z'), title: 'A & <b>' };
    const url = (new XMLParser().parse(newsSitemapXml([hostile], testSite, now) ?? '') as { urlset: { url: unknown } }).urlset.url;
    expect(url).toEqual({
      loc: 'https://test.example/articles/hostile/',
      'news:news': {
        'news:publication': { 'news:name': 'Test Dispatch', 'news:language': 'en' },
        'news:publication_date': '2024-05-20T10:00:00+01:00',
        'news:title': 'A & <b>',
      },
    });
  });

  it('is valid against the sitemap and Google News schemas, whatever the headline holds', async () => {
    const hostile = { ...makeArticle('hostile', '2024-05-20T09:00:00Z'), title: 'A\u0000 & <b> "q" \'s\' ]]> \u202Eend\uFFFE' };
    const xml = newsSitemapXml([hostile, ...articles], testSite, now) ?? '';
    expect(await xmlProblems(xml, URLSET_SCHEMA)).toEqual([]);
    const urls = [(new XMLParser().parse(xml) as { urlset: { url: unknown } }).urlset.url].flat() as { loc: string; 'news:news': { 'news:title': string } }[];
    expect(urls.find((u) => u.loc.endsWith('/hostile/'))?.['news:news']['news:title']).toBe('A & <b> "q" \'s\' ]]> \u202Eend\u202C');
  });

  it.each([
    ['no article', []],
    ['only older articles', ['three-days-ago']],
    ['only a draft and an embargoed one', ['draft', 'tomorrow']],
  ])('is not written for %s: Google’s schema wants one <url> at least', (_case, slugs) => {
    expect(
      newsSitemapXml(
        articles.filter((a) => slugs.includes(a.slug)),
        testSite,
        now,
      ),
    ).toBeUndefined();
  });

  it(`lists the newest ${NEWS_SITEMAP_LIMIT} when more are recent, as Google reads no more`, () => {
    const many = Array.from({ length: NEWS_SITEMAP_LIMIT + 5 }, (_, i) => ({ ...articles[0]!, slug: `s${i}`, path: `/articles/s${i}/`, published: new Date(now.getTime() - (i + 1) * 60_000) }));
    const listed = newsArticles(many, now);
    expect(listed).toHaveLength(NEWS_SITEMAP_LIMIT);
    expect(listed[0]?.slug).toBe('s0');
  });
});

describe('robotsTxt', () => {
  it.each([
    [true, 'User-agent: *\nAllow: /\n\nSitemap: https://test.example/sitemap-index.xml\nSitemap: https://test.example/news-sitemap.xml\n'],
    [false, 'User-agent: *\nAllow: /\n\nSitemap: https://test.example/sitemap-index.xml\n'],
  ])('with a news sitemap: %s, names the sitemaps the build wrote by absolute URL', (news, text) => {
    expect(robotsTxt(testSite, news)).toBe(text);
  });
});

describe('sitemapFiles', () => {
  it('escapes URLs fully and drops characters XML forbids', async () => {
    const files = sitemapFiles([{ url: "https://test.example/a/?x=1&y='2'" }, { url: 'https://test.example/b\u0000/' }], 'https://test.example/');
    for (const file of files) expect(await xmlProblems(file.xml)).toEqual([]);
    expect(files[0]?.xml).toContain('<loc>https://test.example/a/?x=1&amp;y=&apos;2&apos;</loc>');
    expect(files[0]?.xml).toContain('<loc>https://test.example/b/</loc>');
  });
});

describe('sitemapFacts', () => {
  it('dates each article by its update, else its publication, and knows the alias URLs', () => {
    const facts = sitemapFacts([makeArticle('a', '2024-03-04T08:30:00Z', ['updated: 2024-03-05']), makeArticle('b', '2024-07-01', ['aliases: [old-b]'])], testSite);
    expect(Object.fromEntries([...facts.lastmod].map(([url, date]) => [url, date.toISOString()]))).toEqual({
      'https://test.example/articles/a/': '2024-03-05T00:00:00.000Z',
      'https://test.example/articles/b/': '2024-06-30T23:00:00.000Z',
    });
    expect([...facts.redirects]).toEqual(['https://test.example/articles/old-b/']);
  });
});

describe('alias redirects', () => {
  it('writes one permanent redirect a line, sorted', () => {
    const live = makeArticle('harbour-lights', '2024-05-19', ['aliases: [ostrel-lights, harbour-old]']);
    expect(redirectsFile(aliasRedirects([live]))).toBe('/articles/harbour-old/ /articles/harbour-lights/ 301\n/articles/ostrel-lights/ /articles/harbour-lights/ 301\n');
  });
});
