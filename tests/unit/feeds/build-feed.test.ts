import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articlesInFeed, articlesOfFeedScope, buildFeed, FEED_LIMIT, feedArticles, type FeedArticle } from '../../../src/lib/feeds/build-feed.ts';
import { byNewest } from '../../../src/lib/article.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { feedPath } from '../../../src/lib/feeds/feed-paths.ts';
import { renderFeed } from '../../../src/lib/feeds/render-feed.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const now = new Date('2024-05-20T12:00:00Z');
const item = (slug: string, date: string, extra: string[] = [], html = `<p>Body of ${slug}.</p>`): FeedArticle => ({ article: makeArticle(slug, date, extra), html });
const articles = [
  item('older', '2024-05-01T09:00:00Z', ['section: world', 'source: Coastal Wire']),
  item('newer', '2024-05-19T09:00:00Z', ['authors: [Mara Quell, Tomas Edry]', 'tags: [Ostrel]', 'updated: 2024-05-19T15:00:00Z'], '<p>See <a href="/world/">World</a>.</p>'),
  { article: { ...makeArticle('hostile', '2024-05-18T09:00:00Z'), title: '</script><b>bold</b> & co' }, html: '<p>Text.</p>' },
  item('embargoed', '2024-05-25T09:00:00Z'),
  item('unfinished', '2024-05-19T10:00:00Z', ['draft: true']),
];
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

// The parsers return `any`: these name the parts the tests walk through, leaving each value for `expect` to check.
type Fields = Record<string, unknown>;
interface Rss {
  rss: { channel: Fields & { 'atom:link': Fields; item: (Fields & { guid: Fields; enclosure: Fields })[] } };
}
interface Atom {
  feed: Fields & { author: Fields; entry: (Fields & { title: Fields; link: Fields | Fields[]; category: Fields[] })[] };
}
interface JsonFeed extends Fields {
  items: Fields[];
}

describe('feedArticles', () => {
  it('lists published articles by now, newest first, without drafts or future ones', () => {
    expect(feedArticles({ site: testSite, now, articles }).map((a) => a.article.slug)).toEqual(['newer', 'hostile', 'older']);
  });

  it('lists one section’s articles for a section feed', () => {
    expect(feedArticles({ site: testSite, now, articles, section: { slug: 'world', name: 'World' } }).map((a) => a.article.slug)).toEqual(['older']);
  });

  it(`keeps the latest ${FEED_LIMIT}`, () => {
    const many = Array.from({ length: 60 }, (_, i) => item(`story-${i}`, `2024-01-01T${String(i % 24).padStart(2, '0')}:00:00Z`));
    expect(feedArticles({ site: testSite, now, articles: many })).toHaveLength(FEED_LIMIT);
  });
});

describe('a feed’s articles chosen from its scope’s list in the site index', () => {
  // Invented: two sections, two kinds of work, a draft and one not yet published, over 120 days.
  const site = Array.from({ length: 120 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    const extra = [`section: ${['world', 'news'][i % 2] ?? 'world'}`, ...(i % 4 === 0 ? ['type: opinion'] : []), ...(i === 117 ? ['draft: true'] : [])];
    return makeArticle(`story-${i}`, i === 119 ? '2024-12-30T09:00' : `${day}T09:00`, extra);
  }).sort(byNewest);
  const index = buildSiteIndex(site, testSite);
  const scopes = [
    ['the whole site', {}],
    ['a section', { section: { slug: 'news', name: 'News' } }],
    ['a kind of work', { workType: 'opinion' as const }],
    ['a section no article is in', { section: { slug: 'culture', name: 'Culture' } }],
  ] as const;
  it.each(scopes)('chooses for %s what choosing from every article would', (_what, scope) => {
    const choice = { now, ...scope };
    const fromAll = feedArticles({ site: testSite, articles: site.map((article) => ({ article, html: '' })), ...choice }).map(({ article }) => article.slug);
    expect(articlesInFeed(articlesOfFeedScope(index, choice), choice).map((article) => article.slug)).toEqual(fromAll);
  });
});

describe('the three formats', () => {
  const feed = buildFeed({ site: testSite, now, articles });

  it('writes RSS 2.0 with the channel’s and each item’s required fields, full content and absolute links', () => {
    const channel = (xml.parse(renderFeed(feed, 'rss')) as Rss).rss.channel;
    expect(channel.title).toBe('Test Dispatch');
    expect(channel.link).toBe('https://test.example/');
    expect(channel.description).toBe('Test Dispatch: Tests.');
    expect(channel['atom:link']['@href']).toBe('https://test.example/feeds/rss.xml');
    expect(channel.item).toHaveLength(3);
    const [newer, hostile] = channel.item;
    expect(newer?.title).toBe('Story newer');
    expect(newer?.guid['#text']).toBe('https://test.example/articles/newer/');
    expect(newer?.guid['@isPermaLink']).toBe('true');
    expect(newer?.['dc:creator']).toBe('Mara Quell, Tomas Edry');
    expect(newer?.['content:encoded']).toBe('<p>See <a href="https://test.example/world/">World</a>.</p>');
    expect(newer?.enclosure['@url']).toBe('https://test.example/articles/newer/share.png');
    // Titles are read as HTML: a hostile one arrives escaped, to be shown rather than run.
    expect(hostile?.title).toBe('&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &amp; co');
  });

  it('shows an article still waiting for its own share card with its section’s, a picture that exists', () => {
    const waiting = buildFeed({ site: testSite, now, articles, sharedWithSectionCard: new Set(['newer']) });
    const [newer, hostile] = (xml.parse(renderFeed(waiting, 'rss')) as Rss).rss.channel.item;
    expect(newer?.enclosure['@url']).toBe(`https://test.example/${articles.find(({ article }) => article.slug === 'newer')!.article.section.slug}/share.png`);
    expect(hostile?.enclosure['@url']).toMatch(/\/articles\/[^/]+\/share\.png$/);
  });

  it('writes Atom with the feed’s and each entry’s required fields', () => {
    const atom = (xml.parse(renderFeed(feed, 'atom')) as Atom).feed;
    expect(atom.id).toBe('https://test.example/');
    expect(atom.title).toBe('Test Dispatch');
    expect(atom.updated).toBe('2024-05-19T15:00:00.000Z');
    expect(atom.author.name).toBe('Test Dispatch');
    const [newer] = atom.entry;
    expect(newer?.id).toBe('https://test.example/articles/newer/');
    expect(newer?.title['#text']).toBe('Story newer');
    expect(newer?.updated).toBe('2024-05-19T15:00:00.000Z');
    expect(newer?.published).toBe('2024-05-19T09:00:00.000Z');
    expect([newer?.link].flat().map((l) => l?.['@href'])).toContain('https://test.example/articles/newer/');
    expect(newer?.category.map((c) => c['@term'])).toEqual(['News', 'Ostrel']);
  });

  it('writes JSON Feed 1.1 with every author and the full content', () => {
    const json = JSON.parse(renderFeed(feed, 'json')) as JsonFeed;
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.title).toBe('Test Dispatch');
    expect(json.feed_url).toBe('https://test.example/feeds/feed.json');
    expect(json.language).toBe('en');
    expect(json).not.toHaveProperty('author');
    const [newer, hostile, older] = json.items;
    expect(newer).toMatchObject({ id: 'https://test.example/articles/newer/', url: 'https://test.example/articles/newer/', authors: [{ name: 'Mara Quell' }, { name: 'Tomas Edry' }] });
    expect(newer?.content_html).toContain('https://test.example/world/');
    expect(newer).not.toHaveProperty('author');
    expect(hostile?.title).toBe('</script><b>bold</b> & co');
    expect(older?.authors).toEqual([{ name: 'Coastal Wire' }]);
  });

  it.each([
    ['rss', undefined, '/feeds/rss.xml'],
    ['atom', 'world', '/feeds/world/atom.xml'],
    ['json', 'world', '/feeds/world/feed.json'],
  ] as const)('puts the %s feed of %s at %s', (format, section, path) => {
    expect(feedPath(format, section)).toBe(path);
  });
});
