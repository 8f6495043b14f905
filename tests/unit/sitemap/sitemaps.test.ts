import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { aliasRedirects, redirectsFile } from '../../../src/lib/redirects/alias-redirects.ts';
import { sitemapFacts } from '../../../src/lib/sitemap/lastmod.ts';
import { newsArticles, newsSitemapXml } from '../../../src/lib/sitemap/news-sitemap.ts';
import { robotsTxt } from '../../../src/lib/sitemap/robots.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

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
    const url = new XMLParser().parse(newsSitemapXml([hostile], testSite, now)).urlset.url;
    expect(url).toEqual({
      loc: 'https://test.example/articles/hostile/',
      'news:news': {
        'news:publication': { 'news:name': 'Test Dispatch', 'news:language': 'en' },
        'news:publication_date': '2024-05-20T10:00:00+01:00',
        'news:title': 'A & <b>',
      },
    });
  });
});

describe('robotsTxt', () => {
  it('names both sitemaps by absolute URL', () => {
    expect(robotsTxt(testSite)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://test.example/sitemap-index.xml\nSitemap: https://test.example/news-sitemap.xml\n');
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
