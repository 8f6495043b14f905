import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cardsOf } from '../../src/lib/article-card.ts';
import { mapsAsEntries, pageCacheKey, withCacheKeys } from '../../src/lib/page-cache-key.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { testSite } from './content/site.ts';
import { makeArticle } from './fixtures.ts';

const page = { body: 'digest-1', printed: { headline: 'Harbour reopens', related: [{ slug: 'storm', title: 'Storm hits' }] } };

describe('pageCacheKey', () => {
  it('is the same for the same page', () => {
    expect(pageCacheKey(structuredClone(page))).toBe(pageCacheKey(page));
  });

  it.each([
    ['its own text', { ...page, body: 'digest-2' }],
    ['its headline', { ...page, printed: { ...page.printed, headline: 'Harbour reopens early' } }],
    ['a related story’s headline', { ...page, printed: { ...page.printed, related: [{ slug: 'storm', title: 'Storm hits coast' }] } }],
    ['the related stories', { ...page, printed: { ...page.printed, related: [] } }],
  ])('changes when %s changes', (_what, changed) => {
    expect(pageCacheKey(changed)).not.toBe(pageCacheKey(page));
  });
});

describe('withCacheKeys', () => {
  const listing = { params: { section: 'world', page: '2' }, props: { cards: [{ headline: 'Harbour reopens', date: '2 March 2026' }] } };
  const keyOf = (path: typeof listing, frame = 'frame') => withCacheKeys(frame, [path])[0]?.cacheKey;

  it('keeps each path as it was and adds the same key for the same listing', () => {
    const [keyed] = withCacheKeys('frame', [listing]);
    expect(keyed).toMatchObject(listing);
    expect(keyOf(structuredClone(listing))).toBe(keyOf(listing));
  });

  it.each([
    ['a card on the page', { ...listing, props: { cards: [{ headline: 'Harbour reopens early', date: '2 March 2026' }] } }],
    ['the page number', { ...listing, params: { ...listing.params, page: '3' } }],
    ['the section', { ...listing, params: { ...listing.params, section: 'business' } }],
  ])('gives another key when %s changes', (_what, changed) => {
    expect(keyOf(changed)).not.toBe(keyOf(listing));
  });

  it('gives another key when the site’s frame changes (a fixed page added to the footer)', () => {
    expect(keyOf(listing, 'other frame')).not.toBe(keyOf(listing));
  });
});

describe('withCacheKeys, with the site’s cards', () => {
  const stories = (day = '2024-01-06', section = 'world') => [
    makeArticle('ferries', day, [`section: ${section}`]),
    makeArticle('harbour', '2024-01-05', ['section: world']),
    makeArticle('budget', '2024-01-04'),
  ];
  // Two list pages of one card each, as the routes make them: the index's cards, keyed with the index.
  const keysOf = (articles: ReturnType<typeof stories>) => {
    const index = buildSiteIndex(articles, testSite);
    const pages = cardsOf(index.articles, index.cards).map((card, i) => ({ params: { page: String(i + 1) }, props: { page: { data: [card] } } }));
    return withCacheKeys('frame', pages, index).map((path) => path.cacheKey);
  };

  it('gives the same keys in the next build, from an index made again of the same articles', () => {
    expect(keysOf(stories())).toEqual(keysOf(stories()));
  });

  it.each([
    ['its day', stories('2024-01-07')],
    ['its section', stories('2024-01-06', 'news')],
  ])('gives the page showing a card another key when %s changes, and the other pages the same', (_what, changed) => {
    const [before, after] = [keysOf(stories()), keysOf(changed)];
    expect(after[0]).not.toBe(before[0]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('digests a copy of a card, not the site’s own object, as its text', () => {
    const index = buildSiteIndex(stories(), testSite);
    const [card] = cardsOf(index.articles, index.cards);
    const page = (shown: unknown) => ({ params: { page: '1' }, props: { page: { data: [shown] } } });
    const copy = withCacheKeys('frame', [page(structuredClone(card))], index)[0]?.cacheKey;
    expect(copy).toBe(withCacheKeys('frame', [page(card)])[0]?.cacheKey);
    expect(copy).not.toBe(withCacheKeys('frame', [page(card)], index)[0]?.cacheKey);
  });
});

describe('mapsAsEntries', () => {
  const keyOf = (names: unknown) => pageCacheKey({ names }, mapsAsEntries);
  const cases: [string, unknown, unknown][] = [
    ['maps with other slugs', new Map([['Ana Vell', 'ana-vell']]), new Map([['Ana Vell', 'ana-vell-2']])],
    ['a map and an empty one', new Map([['Kestrin Dam', 'kestrin-dam']]), new Map()],
    ['sets of other names', new Set(['standards']), new Set(['about'])],
  ];
  it.each(cases)('gives %s different keys (JSON alone writes both as {})', (_what, a, b) => {
    expect(keyOf(a)).not.toBe(keyOf(b));
  });
  it('gives equal maps one key', () => {
    expect(keyOf(new Map([['Ana Vell', 'ana-vell']]))).toBe(keyOf(new Map([['Ana Vell', 'ana-vell']])));
  });
});

describe('pageCacheKey of data the compiler sees', () => {
  const published = new Date('2024-03-02T09:30:00Z');
  it.each([
    ['plain data', page],
    ['dates, lists and absent fields', { published, tags: ['Kestrin Dam'], standfirst: undefined }],
  ])('digests %s as JSON writes it, without a replacer', (_what, data) => {
    expect(pageCacheKey(data)).toBe(createHash('sha256').update(JSON.stringify(data)).digest('base64url'));
  });
  it('changes with a date', () => {
    expect(pageCacheKey({ published })).not.toBe(pageCacheKey({ published: new Date('2024-03-03T09:30:00Z') }));
  });
  it('is refused by the compiler for data JSON would not write whole, which would collide', () => {
    // @ts-expect-error a Map inside: digested as `{}`
    const withMap = pageCacheKey({ slugs: { topics: new Map([['Kestrin Dam', 'kestrin-dam']]) } });
    // @ts-expect-error a Set inside a list: digested as `{}`
    const withSet = pageCacheKey({ pages: [new Set(['standards'])] });
    // @ts-expect-error a function: left out
    const withFunction = pageCacheKey({ lineOf: (offset: number) => offset });
    expect([withMap, withSet, withFunction]).toEqual([pageCacheKey({ slugs: { topics: {} } }), pageCacheKey({ pages: [{}] }), pageCacheKey({})]);
  });
});
