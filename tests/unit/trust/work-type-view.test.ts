import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildArticleCard } from '../../../src/lib/article-card.ts';
import { buildArticleView } from '../../../src/lib/article-view.ts';
import { buildFeed, feedArticles } from '../../../src/lib/feeds/build-feed.ts';
import { workTypeFeedPath } from '../../../src/lib/feeds/feed-paths.ts';
import { renderFeed } from '../../../src/lib/feeds/render-feed.ts';
import { workTypeFeedAlternateTags } from '../../../src/lib/seo/feed-links.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { WORK_TYPES, type WorkType } from '../../../src/lib/trust/work-type.ts';
import { groupByWorkType, workTypeLabel, workTypePath } from '../../../src/lib/trust/work-type-view.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const ofType = (slug: string, date: string, type?: WorkType) => makeArticle(slug, date, type === undefined ? [] : [`type: ${type}`]);

describe('workTypeLabel: what readers see above a headline', () => {
  it.each([
    ['news', undefined],
    ['analysis', { type: 'analysis', label: 'Analysis', path: '/type/analysis/' }],
    ['opinion', { type: 'opinion', label: 'Opinion', path: '/type/opinion/' }],
    ['explainer', { type: 'explainer', label: 'Explainer', path: '/type/explainer/' }],
    ['review', { type: 'review', label: 'Review', path: '/type/review/' }],
    ['interview', { type: 'interview', label: 'Interview', path: '/type/interview/' }],
    ['obituary', { type: 'obituary', label: 'Obituary', path: '/type/obituary/' }],
    ['live', { type: 'live', label: 'Live', path: '/type/live/' }],
  ] as const)('%s', (type, expected) => {
    expect(workTypeLabel(type)).toEqual(expected);
  });

  it('covers every kind of work', () => {
    expect(WORK_TYPES).toHaveLength(8);
  });
});

describe('the label on the article page and on cards', () => {
  const index = buildSiteIndex([ofType('column', '2024-03-02', 'opinion'), ofType('report', '2024-03-01')], testSite);
  it.each([
    ['an opinion piece carries “Opinion”, linked to its page', 'column', { type: 'opinion', label: 'Opinion', path: '/type/opinion/' }],
    ['a news story carries none', 'report', undefined],
  ])('%s', (_name, slug, expected) => {
    const article = index.bySlug.get(slug);
    if (article === undefined) throw new Error(slug);
    expect(buildArticleView(article, testSite, index.slugs).workType).toEqual(expected);
    expect(buildArticleCard(article).workType).toEqual(expected);
  });
});

describe('groupByWorkType: the lists behind /type/<type>/', () => {
  const articles = [ofType('c', '2024-03-03', 'opinion'), ofType('b', '2024-03-02'), ofType('a', '2024-03-01', 'opinion'), ofType('d', '2024-02-28', 'live')];
  it.each([
    [
      'each kind in WORK_TYPES order, its articles in the order given (newest first)',
      articles,
      [
        ['news', ['b']],
        ['opinion', ['c', 'a']],
        ['live', ['d']],
      ],
    ],
    ['no kind without articles: it gets no page', [ofType('x', '2024-01-01', 'analysis')], [['analysis', ['x']]]],
    ['nothing for no articles', [], []],
  ])('%s', (_name, list, expected) => {
    expect(groupByWorkType(list).map((g) => [g.type, g.articles.map((a) => a.slug)])).toEqual(expected);
  });

  it('is in the site index', () => {
    expect(buildSiteIndex(articles, testSite).workTypes.map((g) => g.type)).toEqual(['news', 'opinion', 'live']);
  });
});

describe('the feeds of a kind of work', () => {
  const now = new Date('2024-05-20T12:00:00Z');
  const articles = [
    { article: ofType('view', '2024-05-02T09:00:00Z', 'opinion'), html: '<p>A view.</p>' },
    { article: ofType('facts', '2024-05-03T09:00:00Z'), html: '<p>Facts.</p>' },
    { article: ofType('later-view', '2024-05-25T09:00:00Z', 'opinion'), html: '<p>Not yet.</p>' },
  ];
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

  it.each([
    ['opinion', ['view']],
    ['news', ['facts']],
    ['analysis', []],
  ] as const)('the %s feed lists only that kind, published by now', (workType, slugs) => {
    expect(feedArticles({ site: testSite, now, articles, workType }).map((a) => a.article.slug)).toEqual(slugs);
  });

  it('is named and linked as the kind’s page, with its meaning', () => {
    const rss = xml.parse(renderFeed(buildFeed({ site: testSite, now, articles, workType: 'opinion' }), 'rss')) as { rss: { channel: Record<string, unknown> } };
    const { channel } = rss.rss;
    expect(channel['title']).toBe('Test Dispatch: Opinion');
    expect(channel['link']).toBe('https://test.example/type/opinion/');
    expect(channel['description']).toBe('Opinion from Test Dispatch. The view of its author, not of our newsroom: argument, not reporting.');
    expect(channel['atom:link']).toMatchObject({ '@href': 'https://test.example/feeds/type/opinion/rss.xml', '@rel': 'self' });
  });

  it.each([
    ['rss', '/feeds/type/opinion/rss.xml'],
    ['atom', '/feeds/type/opinion/atom.xml'],
    ['json', '/feeds/type/opinion/feed.json'],
  ] as const)('lives at %s under /feeds/type/', (format, path) => {
    expect(workTypeFeedPath(format, 'opinion')).toBe(path);
  });

  it('is advertised on the kind’s page in the three formats', () => {
    expect(workTypeFeedAlternateTags(testSite, 'analysis').map((t) => (t.tag === 'link' ? [t.attributes['title'], t.attributes['href']] : []))).toEqual([
      ['Test Dispatch: Analysis (RSS)', 'https://test.example/feeds/type/analysis/rss.xml'],
      ['Test Dispatch: Analysis (Atom)', 'https://test.example/feeds/type/analysis/atom.xml'],
      ['Test Dispatch: Analysis (JSON Feed)', 'https://test.example/feeds/type/analysis/feed.json'],
    ]);
  });

  it('has its page at /type/<type>/', () => {
    expect(workTypePath('live')).toBe('/type/live/');
  });
});
