import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { parsePage, textOf } from '../support/html.ts';
import { xmlProblems } from '../support/xml-lint.ts';

// Fictional articles with what a tester threw at the output: an override left open in a
// headline, markup characters in tags, body headings named like the page's own ids, tags
// whose slugs collide ("C", "C++", "C#"), all older than two days before the build.
const FIXTURE = 'tests/fixtures/output-site/articles';
const SITE = 'https://dispatch.example';
const NOW = '2026-01-01T12:00:00Z';
const RLO = '\u202E';
const PDF = '\u202C';
const FSI = '\u2068';
const PDI = '\u2069';
const HEADLINE = `Ostrel minister ${RLO}resigns over the harbour repairs${PDF}`;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

type Json = Record<string, unknown>;

describe('what pages, feeds and sitemaps print of hostile articles', () => {
  let site: BuiltSite;
  const page = (path: string) => parsePage(site.read(path));
  const meta = (doc: Document, key: string) => [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));

  beforeAll(() => {
    site = buildSite(FIXTURE, { env: { DISPATCH_NOW: NOW } });
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  describe('feeds', () => {
    const feeds = ['feeds/rss.xml', 'feeds/atom.xml', 'feeds/politics/rss.xml', 'feeds/politics/atom.xml', 'feeds/technology/atom.xml'];

    it.each(feeds)('%s is well-formed XML', async (file) => {
      expect(await xmlProblems(site.read(file))).toEqual([]);
    });

    it('keep every tag as written, through RSS and Atom', () => {
      const tags = ['Politics', 'a<b', 'Q&A', 'C', "Tom & Jerry's"];
      const rss = [(xml.parse(site.read('feeds/rss.xml')) as { rss: { channel: Json } }).rss.channel['item']].flat() as Json[];
      expect(rss.find((i) => String(i['link']).endsWith('/override-headline/'))?.['category']).toEqual(tags);
      const atom = [(xml.parse(site.read('feeds/atom.xml')) as { feed: Json }).feed['entry']].flat() as Json[];
      const entry = atom.find((e) => String(e['id']).endsWith('/override-headline/'));
      expect((entry?.['category'] as Json[]).map((c) => c['@term'])).toEqual(tags);
    });

    it('isolate the headline, so the override reverses nothing after it', () => {
      const item = (JSON.parse(site.read('feeds/feed.json')) as { items: Json[] }).items.find((i) => String(i['id']).endsWith('/override-headline/'));
      expect(item?.['title']).toBe(`${FSI}${HEADLINE}${PDI}`);
    });
  });

  describe('the article page', () => {
    let doc: Document;
    beforeAll(() => {
      doc = page('articles/override-headline/index.html');
    });

    it('keeps the headline’s override inside it in <title> and og:title, before the site’s name', () => {
      expect(textOf(doc.querySelector('title'))).toBe(`${FSI}${HEADLINE}${PDI} | Dispatch`);
      expect(meta(doc, 'og:title')).toEqual([`${FSI}${HEADLINE}${PDI}`]);
    });

    it('has no id twice, body headings named like the page’s own included', () => {
      const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      expect(doc.getElementById('main')?.tagName).toBe('MAIN');
      expect(doc.getElementById('article-headline')?.tagName).toBe('H1');
      expect(doc.getElementById('share-heading')?.textContent).toBe('Share this article');
      expect(doc.getElementById('footnote-label')?.textContent).toBe('Footnotes');
      expect([...doc.querySelectorAll('.article-body > h2')].map((h) => h.id)).toEqual(['main-1', 'article-headline-1', 'share-heading-1', 'footnote-label-1']);
    });

    it('isolates names and tags where they stand among other words, and links each to its page', () => {
      expect(textOf(doc.querySelector('.article-byline'))).toBe('By Mara Quell and ليلى حداد');
      expect([...doc.querySelectorAll('.article-byline a')].map((a) => [a.getAttribute('href'), a.querySelector('bdi') !== null])).toEqual([
        ['/authors/mara-quell/', true],
        [expect.stringMatching(/^\/authors\/n-[0-9a-f]{8}\/$/), true],
      ]);
      for (const a of doc.querySelectorAll('.article-byline a, .article-topics a')) expect(site.exists(`${(a.getAttribute('href') ?? '').slice(1)}index.html`)).toBe(true);
    });

    it('describes its picture to X, and links each byline to its author page in structured data', () => {
      expect(meta(doc, 'twitter:image:alt')).toEqual(meta(doc, 'og:image:alt'));
      expect(meta(doc, 'twitter:image:alt')[0]).toBeTruthy();
      const [article] = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Json);
      const authors = article?.['author'] as Json[];
      expect(authors.map((a) => a['@type'])).toEqual(['Person', 'Person']);
      const bylines = [...doc.querySelectorAll('.article-byline a')].map((a) => `${SITE}${a.getAttribute('href')}`);
      expect(authors.map((a) => a['url'])).toEqual(bylines);
    });
  });

  describe('topics whose slugs collide', () => {
    it.each([
      ['c', 'C', ['override-headline', 'c-sharp']],
      ['c-plus-plus', 'C++', ['c-plus-plus']],
      ['c-sharp', 'C#', ['c-sharp']],
    ])('/topics/%s/ is %s alone', (slug, name, articles) => {
      const doc = page(`topics/${slug}/index.html`);
      expect(textOf(doc.querySelector('h1'))).toBe(name);
      expect([...doc.querySelectorAll('.article-card-headline a')].map((a) => a.getAttribute('href'))).toEqual(articles.map((a) => `/articles/${a}/`));
    });

    it('are each linked from their articles and listed in the sitemap', () => {
      expect([...page('articles/c-sharp/index.html').querySelectorAll('.article-topics a')].map((a) => a.getAttribute('href'))).toEqual(['/topics/c-sharp/', '/topics/c/']);
      const sitemap = site.read('sitemap-0.xml');
      for (const slug of ['c', 'c-plus-plus', 'c-sharp']) expect(sitemap).toContain(`<loc>${SITE}/topics/${slug}/</loc>`);
    });
  });

  describe('with no article of the last two days', () => {
    it('writes no news sitemap, and names none in robots.txt', async () => {
      expect(site.exists('news-sitemap.xml')).toBe(false);
      expect(site.read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
      expect(site.read('sitemap-index.xml')).not.toContain('news-sitemap');
      for (const file of site.files().filter((f) => /^sitemap.*\.xml$/.test(f))) expect(await xmlProblems(site.read(file))).toEqual([]);
    });
  });

  describe('the 404 page', () => {
    it('has no canonical URL or og:url, asks robots not to index it, and points nowhere at /404/', () => {
      const html = site.read('404.html');
      const doc = parsePage(html);
      expect(doc.querySelectorAll('link[rel="canonical"]')).toHaveLength(0);
      expect(meta(doc, 'og:url')).toEqual([]);
      expect(meta(doc, 'robots')).toEqual(['noindex']);
      expect(html).not.toContain('/404');
    });
  });
});
