import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../../src/lib/feeds/build-feed.ts';
import { buildCorrectionsFeed, correctionsFeedPath, correctionsFeedTags, correctionsInFeed } from '../../../src/lib/feeds/corrections-feed.ts';
import { renderFeed } from '../../../src/lib/feeds/render-feed.ts';
import { newsArticleJsonLd } from '../../../src/lib/seo/json-ld.ts';
import { sitemapFacts } from '../../../src/lib/sitemap/lastmod.ts';
import { changeAnchors } from '../../../src/lib/trust/change-log-view.ts';
import { correctionItemView, siteCorrections } from '../../../src/lib/trust/corrections-list.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const change = (field: 'corrections' | 'updates', date: string, text: string) => [`${field}:`, `  - date: ${date}`, `    text: ${text}`];
// Newest first, as the site plan lists them.
const articles = [
  makeArticle('ferry', '2024-05-10T09:00', [...change('corrections', '2024-05-12T08:00', 'The ferry leaves at *nine*, not ten. See [the timetable](/timetable/).')]),
  makeArticle('harbour', '2024-05-01T09:00', [...change('corrections', '2024-05-12T08:00', 'The harbour master is Ana Vell.'), ...change('updates', '2024-05-15T10:00', 'Added her comments.')]),
  makeArticle('storm', '2024-04-01T09:00', change('updates', '2024-04-02T10:00', 'Added the forecast.')),
  makeArticle('quiet', '2024-03-01T09:00'),
];
const FERRY_NOTE = '<p>The ferry leaves at <em>nine</em>, not ten. See <a href="/timetable/">the timetable</a>.</p>';
// As the site plan holds them: the HTML of each change, in the log's order.
const notes = new Map(articles.filter((a) => a.changes.length > 0).map((a) => [a.slug, a.changes.map((c) => (a.slug === 'ferry' ? FERRY_NOTE : `<p>${c.text}</p>`))]));
const now = new Date('2024-06-01T00:00Z');

describe('siteCorrections: what /corrections/ lists', () => {
  it('lists every correction and no update, newest first, the newer story first at the same moment', () => {
    expect(siteCorrections(articles, notes).map((c) => [c.article.slug, c.change.text.slice(0, 12)])).toEqual([
      ['ferry', 'The ferry le'],
      ['harbour', 'The harbour '],
    ]);
  });

  it('prints each with its date, text and a link to it in the article’s log', () => {
    const [first] = siteCorrections(articles, notes);
    if (!first) throw new Error('no correction');
    expect(correctionItemView(first, testSite)).toEqual({
      date: { iso: '2024-05-12T08:00:00+01:00', text: '12 May 2024, 08:00 BST' },
      html: FERRY_NOTE,
      headline: 'Story ferry',
      path: `/articles/ferry/#change-${changeAnchors(articles[0]?.changes ?? [])[0] ?? ''}`,
    });
  });

  it('lists nothing on a site without corrections', () => {
    expect(
      siteCorrections(
        [articles[2], articles[3]].filter((a) => a !== undefined),
        notes,
      ),
    ).toEqual([]);
  });
});

describe('the corrections feed', () => {
  const corrections = siteCorrections(articles, notes);

  it('leaves out corrections dated after the build’s clock', () => {
    expect(correctionsInFeed({ now: new Date('2024-05-11T00:00Z'), corrections })).toEqual([]);
    expect(correctionsInFeed({ now, corrections })).toHaveLength(2);
  });

  it('gives each correction a stable id that is its place in the article’s log, with its text as HTML', () => {
    const json = JSON.parse(renderFeed(buildCorrectionsFeed({ site: testSite, now, corrections }), 'json')) as {
      feed_url: string;
      items: { id: string; url: string; title: string; date_published: string; content_html: string }[];
    };
    expect(json.feed_url).toBe('https://test.example/feeds/corrections/feed.json');
    const [item] = json.items;
    expect(item?.id).toMatch(/^https:\/\/test\.example\/articles\/ferry\/#change-[0-9a-f]{12}$/);
    expect(item?.url).toBe(item?.id);
    expect(item?.title).toBe('Correction: Story ferry');
    expect(item?.date_published).toBe('2024-05-12T07:00:00.000Z');
    // Links are made absolute for readers, as in the site's other feeds.
    expect(item?.content_html).toContain('https://test.example/timetable/');
    const again = JSON.parse(renderFeed(buildCorrectionsFeed({ site: testSite, now: new Date('2024-07-01T00:00Z'), corrections }), 'json')) as { items: { id: string }[] };
    expect(again.items.map((i) => i.id)).toEqual(json.items.map((i) => i.id));
  });

  it('is found from the head of /corrections/', () => {
    expect(correctionsFeedTags(testSite).map((tag) => (tag.tag === 'link' ? tag.attributes['href'] : ''))).toEqual(
      (['rss', 'atom', 'json'] as const).map((format) => `https://test.example${correctionsFeedPath(format)}`),
    );
  });
});

describe('the date a corrected article was last modified', () => {
  const [ferry, harbour] = articles;
  if (!ferry || !harbour) throw new Error('no articles');

  it('is JSON-LD’s dateModified, and each correction is a CorrectionComment', () => {
    const ld = newsArticleJsonLd(harbour, testSite, { topics: new Map(), authors: new Map() }, 'article');
    expect(ld['dateModified']).toBe('2024-05-15T10:00:00+01:00');
    expect(ld['correction']).toEqual([{ '@type': 'CorrectionComment', text: 'The harbour master is Ana Vell.', datePublished: '2024-05-12T08:00:00+01:00' }]);
    expect(newsArticleJsonLd(ferry, testSite, { topics: new Map(), authors: new Map() }, 'article')['correction']).toEqual([
      { '@type': 'CorrectionComment', text: 'The ferry leaves at nine, not ten. See the timetable.', datePublished: '2024-05-12T08:00:00+01:00' },
    ]);
  });

  it('is the sitemap’s lastmod and the feed item’s date', () => {
    expect(sitemapFacts([harbour], testSite).lastmod.get('https://test.example/articles/harbour/')?.toISOString()).toBe('2024-05-15T09:00:00.000Z');
    const feed = buildFeed({ site: testSite, now, articles: [{ article: harbour, html: '<p>Body.</p>' }] });
    expect(feed.items[0]?.date.toISOString()).toBe('2024-05-15T09:00:00.000Z');
  });
});
