import { XMLParser } from 'fast-xml-parser';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphId } from '../../src/lib/paragraph-ids.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { parsePage, textOf } from '../support/html.ts';
import { decodePng, regionStats } from '../support/png.ts';

const FIXTURE = 'tests/fixtures/sharing-site/articles';
const SITE = 'https://dispatch.example';
const NOW = '2024-05-20T12:00:00Z';
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/;
const PUBLISHED = [
  'agency-copy',
  'arabic-headline',
  'chinese-headline',
  'cyrillic-headline',
  'future-story',
  'harbour-lights',
  'hindi-headline',
  'hostile-headline',
  'linked-picture',
  'local-picture',
];
const HOSTILE_TITLE = '</script><script>alert(1)</script> & "quotes" <b>bold</b> at the Ostrel fair';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

type Json = Record<string, unknown>;

describe('sharing an article', () => {
  let site: BuiltSite;
  const page = (slug: string) => parsePage(site.read(`articles/${slug}/index.html`));
  const meta = (doc: Document, key: string) => [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));
  const jsonLd = (doc: Document) => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Json);

  beforeAll(() => {
    site = buildSite(FIXTURE, { env: { DISPATCH_NOW: NOW, DISPATCH_SHARE_IMAGE_CACHE: mkdtempSync(join(tmpdir(), 'dispatch-share-')) } });
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  describe.each(PUBLISHED)('the head of %s', (slug) => {
    let doc: Document;
    beforeAll(() => {
      doc = page(slug);
    });

    it('has one canonical, absolute URL, the same as og:url and the one the page lives at', () => {
      const canonical = [...doc.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href'));
      expect(canonical).toEqual([`${SITE}/articles/${slug}/`]);
      expect(meta(doc, 'og:url')).toEqual(canonical);
    });

    it('describes itself as an article to Open Graph and X', () => {
      const headline = textOf(doc.querySelector('h1'));
      expect(meta(doc, 'og:type')).toEqual(['article']);
      // Isolated (U+2068 … U+2069) when right-to-left: scrapers print it beside the site's name.
      const ogTitle = meta(doc, 'og:title');
      expect(ogTitle.map((t) => t?.replace(/^\u2068([\s\S]*)\u2069$/, '$1'))).toEqual([headline]);
      expect(ogTitle[0]?.startsWith('\u2068')).toBe(/[\u0590-\u08FF]/.test(headline));
      expect(meta(doc, 'og:description')).toEqual(meta(doc, 'description'));
      expect(meta(doc, 'og:site_name')).toEqual(['Dispatch']);
      expect(meta(doc, 'og:locale')).toEqual(['en_GB']);
      expect(meta(doc, 'twitter:card')).toEqual(['summary_large_image']);
      expect(meta(doc, 'referrer')).toEqual(['strict-origin-when-cross-origin']);
      for (const key of ['article:published_time', 'article:modified_time']) expect(meta(doc, key)[0]).toMatch(ISO_WITH_OFFSET);
      expect(meta(doc, 'article:section')).toHaveLength(1);
      expect(meta(doc, 'og:image')[0]).toMatch(/^https:\/\//);
      expect(meta(doc, 'og:image:alt')[0]).not.toBe('');
    });

    it('has NewsArticle and BreadcrumbList data that parses and matches the page', () => {
      const [article, breadcrumbs] = jsonLd(doc);
      expect(article).toMatchObject({
        '@type': 'ReportageNewsArticle',
        headline: textOf(doc.querySelector('h1')),
        mainEntityOfPage: { '@id': `${SITE}/articles/${slug}/` },
        datePublished: meta(doc, 'article:published_time')[0],
        dateModified: meta(doc, 'article:modified_time')[0],
        isAccessibleForFree: true,
        publisher: { '@type': 'Organization', name: 'Dispatch', logo: { url: `${SITE}/images/logo.png` } },
      });
      expect(article?.['image']).toEqual(expect.arrayContaining([`${SITE}/articles/${slug}/share.png`]));
      expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
      expect((breadcrumbs?.['itemListElement'] as Json[]).map((i) => i['item'])).toEqual([`${SITE}/`, expect.stringMatching(/^https:\/\/dispatch\.example\/[a-z]+\/$/), `${SITE}/articles/${slug}/`]);
    });

    it('advertises the site feeds', () => {
      expect([...doc.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('type'), l.getAttribute('href')])).toEqual([
        ['application/rss+xml', `${SITE}/feeds/rss.xml`],
        ['application/atom+xml', `${SITE}/feeds/atom.xml`],
        ['application/feed+json', `${SITE}/feeds/feed.json`],
      ]);
    });

    it('offers share links that load nothing from other sites and each have a name', () => {
      const links = [...doc.querySelectorAll('.share a')];
      expect(links.map((a) => (a.getAttribute('href') ?? '').split('?')[0])).toEqual([
        'mailto:',
        'https://x.com/intent/post',
        'https://www.facebook.com/sharer/sharer.php',
        'https://www.linkedin.com/sharing/share-offsite/',
        'https://wa.me/',
        'https://bsky.app/intent/compose',
        '/share/mastodon/',
      ]);
      for (const a of links) {
        expect(a.getAttribute('aria-label')).toMatch(/^Share (on|by) /);
        expect(decodeURIComponent(a.getAttribute('href') ?? '')).toContain(`${SITE}/articles/${slug}/`);
        if (a.getAttribute('target') === '_blank') expect(a.getAttribute('rel')).toContain('noopener');
      }
      expect(doc.querySelector('.share [data-share-native]')?.closest('li')?.hasAttribute('hidden')).toBe(true);
      expect(doc.querySelector('.share [data-share-copy]')?.closest('li')?.hasAttribute('hidden')).toBe(true);
      expect(doc.querySelector('.share [role="status"]')).not.toBeNull();
      const external = [...doc.querySelectorAll('script[src], link[rel="stylesheet"], img[src], iframe')].map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
      expect(external.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
    });

    it('gives every body paragraph a unique id and a "#" link to it', () => {
      const paragraphs = [...doc.querySelectorAll('.article-body > p')];
      expect(paragraphs.length).toBeGreaterThan(0);
      const ids = paragraphs.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const p of paragraphs) {
        expect(p.id).toMatch(/^p-/);
        expect(p.querySelector(':scope > a.anchor')?.getAttribute('href')).toBe(`#${p.id}`);
      }
    });
  });

  it('asks for the reader’s Mastodon server on a page of its own, kept out of search engines', () => {
    const doc = parsePage(site.read('share/mastodon/index.html'));
    const form = doc.querySelector('form[data-mastodon-form]');
    expect([form?.getAttribute('method'), form?.getAttribute('action')]).toEqual(['get', '/share/mastodon/']);
    expect(doc.querySelector('label[for="mastodon-server"]')).not.toBeNull();
    expect(meta(doc, 'robots')).toEqual(['noindex']);
  });

  it('uses the editor’s own picture for og:image when there is one', () => {
    expect(meta(page('linked-picture'), 'og:image')).toEqual(['https://images.example.org/kessa-bridge.jpg']);
    expect(meta(page('local-picture'), 'og:image')).toEqual([`${SITE}/articles/local-picture/image.png`]);
    expect(readFileSync(join(site.outDir, 'articles/local-picture/image.png')).equals(readFileSync(join(FIXTURE, 'pictures/old-map.png')))).toBe(true);
    expect(meta(page('harbour-lights'), 'og:image')).toEqual([`${SITE}/articles/harbour-lights/share.png`]);
    expect(meta(page('harbour-lights'), 'og:image:width')).toEqual(['1200']);
    expect(meta(page('harbour-lights'), 'og:image:height')).toEqual(['630']);
  });

  it('shows the editor’s own picture under the standfirst with its size, and no picture from another origin', () => {
    const img = page('local-picture').querySelector('.article-picture img');
    const size = readFileSync(join(FIXTURE, 'pictures/old-map.png'));
    expect([img?.getAttribute('src'), img?.getAttribute('alt')]).toEqual(['/articles/local-picture/image.png', 'A hand-drawn map of the Grennick coast']);
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual([String(size.readUInt32BE(16)), String(size.readUInt32BE(20))]);
    expect(page('linked-picture').querySelector('.article-picture')).toBeNull();
  });

  it('credits bylines as Persons and an agency as an Organization, with tags and the update', () => {
    const [harbour] = jsonLd(page('harbour-lights'));
    expect(harbour).toMatchObject({
      author: [
        { '@type': 'Person', name: 'Mara Quell' },
        { '@type': 'Person', name: 'Tomas Edry' },
      ],
      keywords: ['Ostrel', 'Harbours', 'Storms'],
      datePublished: '2024-05-19T09:00:00+01:00',
      dateModified: '2024-05-19T15:30:00+01:00',
      articleSection: 'Business',
    });
    expect(meta(page('harbour-lights'), 'article:tag')).toEqual(['Ostrel', 'Harbours', 'Storms']);
    expect(jsonLd(page('agency-copy'))[0]).toMatchObject({ author: [{ '@type': 'Organization', name: 'Coastal Wire' }] });
  });

  it('keeps a hostile headline inside its JSON-LD script and reads it back intact', () => {
    const html = site.read('articles/hostile-headline/index.html');
    // Read as a browser would, the first `</script>` ends each block: unescaped, the JSON
    // would stop at the headline and not parse.
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect(() => JSON.parse(block) as unknown).not.toThrow();
    expect(blocks.join('')).not.toMatch(/[<>]/);
    const doc = parsePage(html);
    expect(textOf(doc.querySelector('h1'))).toBe(HOSTILE_TITLE);
    const [article, breadcrumbs] = jsonLd(doc);
    expect(article?.['headline']).toBe(HOSTILE_TITLE);
    expect((breadcrumbs?.['itemListElement'] as Json[])[2]?.['name']).toBe(HOSTILE_TITLE);
    expect([...doc.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('alert(1)')).map((s) => s.getAttribute('type'))).toEqual(['application/ld+json', 'application/ld+json']);
  });

  it('gives repeated paragraphs suffixed ids and keeps ids derived from the paragraph’s own text', () => {
    const ids = [...page('harbour-lights').querySelectorAll('.article-body > p')].map((p) => p.id);
    const crews = paragraphId('Fishing crews said the dark weeks had been hard.');
    expect(ids).toContain(crews);
    expect(ids).toContain(`${crews}-2`);
    expect(ids[0]).toBe(paragraphId('The harbour master of the fictional port of Ostrel switched the lights back on at dusk on Sunday, watched by a small crowd on the quay.'));
  });

  describe('old slugs', () => {
    it.each(['ostrel-lights-back', 'harbour-lights-return'])('/articles/%s/ sends readers and robots on to the live URL', (alias) => {
      const doc = parsePage(site.read(`articles/${alias}/index.html`));
      const live = `${SITE}/articles/harbour-lights/`;
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${live}`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(live);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.querySelector('body a')?.getAttribute('href')).toBe(live);
      expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    });

    it('are listed in _redirects for hosts that read it', () => {
      expect(site.read('_redirects')).toBe('/articles/harbour-lights-return/ /articles/harbour-lights/ 301\n/articles/ostrel-lights-back/ /articles/harbour-lights/ 301\n');
    });
  });

  describe('share images', () => {
    it.each([
      ['cyrillic-headline', 64],
      ['arabic-headline', 636],
      ['chinese-headline', 64],
      ['hindi-headline', 64],
    ])('draws %s as a 1200×630 PNG with a headline in it', (slug, x) => {
      const png = decodePng(readFileSync(join(site.outDir, `articles/${slug}/share.png`)));
      expect([png.width, png.height]).toEqual([1200, 630]);
      // The headline's side of the card: the left for left-to-right scripts, the right for Arabic.
      const headline = regionStats(png, { x, y: 150, width: 500, height: 300 });
      expect(headline.distinctColours).toBeGreaterThan(10);
      expect(headline.inkShare).toBeGreaterThan(0.03);
    });

    it('draws each card once, beside its article, in every size published', () => {
      const cards = site.files().filter((f) => f.endsWith('.png') && f.startsWith('articles/'));
      expect(cards.filter((f) => /\/share[^/]*\.png$/.test(f))).toEqual(PUBLISHED.map((slug) => `articles/${slug}/share.png`));
    });
  });

  describe('feeds', () => {
    const live = ['harbour-lights', 'hostile-headline', 'local-picture', 'linked-picture', 'hindi-headline', 'chinese-headline', 'arabic-headline', 'cyrillic-headline', 'agency-copy'];
    const urls = live.map((slug) => `${SITE}/articles/${slug}/`);

    it('publishes RSS 2.0 with the required channel and item fields, newest first, nothing unpublished', () => {
      const channel = (xml.parse(site.read('feeds/rss.xml')) as { rss: { channel: Json } }).rss.channel;
      expect([channel.title, channel.link, channel.description]).toEqual(['Dispatch', `${SITE}/`, 'Dispatch: News, read plainly.']);
      const items = channel.item as Json[];
      expect(items.map((i) => i['link'])).toEqual(urls);
      for (const i of items) {
        expect(i['title'] ?? i['description']).toBeTruthy();
        expect((i['guid'] as Json)['#text']).toBe(i['link']);
      }
    });

    it('publishes Atom with the required feed and entry fields', () => {
      const feed = (xml.parse(site.read('feeds/atom.xml')) as { feed: Json }).feed;
      expect([feed.id, feed.title]).toEqual([`${SITE}/`, 'Dispatch']);
      expect(feed.updated).toBe('2024-05-19T14:30:00.000Z');
      const entries = feed.entry as Json[];
      expect(entries.map((e) => e['id'])).toEqual(urls);
      for (const e of entries) {
        expect(e['updated']).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect((e['title'] as Json)['#text']).toBeTruthy();
        expect([e['link']].flat().map((l) => (l as Json)['@href'])).toContain(e['id']);
      }
    });

    it('publishes JSON Feed 1.1 with full, absolute content', () => {
      const feed = JSON.parse(site.read('feeds/feed.json')) as { version: string; title: string; items: Json[] };
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.title).toBe('Dispatch');
      expect(feed.items.map((i) => i['id'])).toEqual(urls);
      const harbour = feed.items[0] ?? {};
      const content = String(harbour['content_html']);
      expect(content).toContain('The harbour master of the fictional port of Ostrel');
      expect(content).toContain('The port authority said a full report would follow in June.');
      expect(content).toContain(`href="${SITE}/business/"`);
      expect(content).toContain(`href="${SITE}/articles/harbour-lights/#what-was-repaired"`);
      expect(content).toContain(`src="${SITE}/images/logo.png"`);
      expect(content).not.toMatch(/(href|src)="\/|class="anchor"/);
      expect(feed.items.find((i) => i['id'] === `${SITE}/articles/hostile-headline/`)?.['title']).toBe(HOSTILE_TITLE);
    });

    it('publishes a feed per section', () => {
      const channel = (xml.parse(site.read('feeds/world/rss.xml')) as { rss: { channel: Json } }).rss.channel;
      expect(channel.title).toBe('Dispatch: World');
      const world = ['hindi-headline', 'chinese-headline', 'arabic-headline', 'cyrillic-headline', 'agency-copy'];
      expect((channel.item as Json[]).map((i) => i['link'])).toEqual(world.map((slug) => `${SITE}/articles/${slug}/`));
      expect((JSON.parse(site.read('feeds/sport/feed.json')) as Json)['items']).toEqual([]);
    });
  });

  describe('sitemaps and robots.txt', () => {
    it('lists every article with its last change, and no alias, draft or share page', () => {
      const urls = [(xml.parse(site.read('sitemap-0.xml')) as { urlset: Json }).urlset['url']].flat() as Json[];
      const lastmod = Object.fromEntries(urls.map((u) => [String(u['loc']), u['lastmod']]));
      for (const slug of PUBLISHED) expect(Object.keys(lastmod)).toContain(`${SITE}/articles/${slug}/`);
      expect(new Date(String(lastmod[`${SITE}/articles/harbour-lights/`])).toISOString()).toBe('2024-05-19T14:30:00.000Z');
      expect(new Date(String(lastmod[`${SITE}/articles/agency-copy/`])).toISOString()).toBe('2024-05-10T06:15:00.000Z');
      const all = Object.keys(lastmod).join('\n');
      expect(all).not.toMatch(/ostrel-lights-back|harbour-lights-return|secret-draft|share\/mastodon/);
    });

    it('lists the articles of the two days before the build in the news sitemap', () => {
      // Not the draft of the same day, nor the embargoed story, nor the hostile one of 18 May, 09:00 UTC.
      const urls = [(xml.parse(site.read('news-sitemap.xml')) as { urlset: Json }).urlset['url']].flat() as Json[];
      expect(urls.map((u) => u['loc'])).toEqual([`${SITE}/articles/harbour-lights/`]);
      expect(urls[0]?.['news:news']).toEqual({
        'news:publication': { 'news:name': 'Dispatch', 'news:language': 'en' },
        'news:publication_date': '2024-05-19T09:00:00+01:00',
        'news:title': 'Ostrel harbour lights return after the storm',
      });
    });

    it('names both sitemaps in robots.txt', () => {
      expect(site.read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml\nSitemap: ${SITE}/news-sitemap.xml`);
    });
  });
});
