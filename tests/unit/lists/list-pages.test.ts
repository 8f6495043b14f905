import { describe, expect, it } from 'vitest';
import { archiveMonthListPages, authorListPages, latestListPages, paginateList, sectionListPages, topicListPages, workTypeListPages } from '../../../src/lib/lists/list-pages.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const slugs = (count: number): string[] => Array.from({ length: count }, (_, i) => `a${i + 1}`);

describe('paginateList', () => {
  it.each([
    // articles, page size, pages, the last page's first and last slugs
    [0, 20, 1, undefined, undefined],
    [1, 20, 1, 'a1', 'a1'],
    [20, 20, 1, 'a1', 'a20'],
    [21, 20, 2, 'a21', 'a21'],
    [45, 20, 3, 'a41', 'a45'],
    [7, 3, 3, 'a7', 'a7'],
  ])('splits %i articles %i a page into %i pages, the last from %s to %s', (count, size, pages, first, last) => {
    const planned = paginateList(slugs(count), '/world/', { section: 'world' }, {}, size);
    expect(planned).toHaveLength(pages);
    const final = planned.at(-1)?.props.page;
    expect(final?.data[0]).toBe(first);
    expect(final?.data.at(-1)).toBe(last);
    // Every article once, in order.
    expect(planned.flatMap((page) => page.props.page.data)).toEqual(slugs(count));
  });

  it('gives page 1 no page number and the others theirs, with the addresses a reader follows', () => {
    const [one, two, three] = paginateList(slugs(45), '/world/', { section: 'world' }, { label: 'World' });
    expect(one?.params).toEqual({ section: 'world', page: undefined });
    expect(one?.props.page.url).toEqual({ current: '/world/', next: '/world/2/', prev: undefined, first: undefined, last: '/world/3/' });
    expect(two?.params).toEqual({ section: 'world', page: '2' });
    expect(two?.props.page.url).toEqual({ current: '/world/2/', next: '/world/3/', prev: '/world/', first: '/world/', last: '/world/3/' });
    expect(three?.props.page.url).toEqual({ current: '/world/3/', next: undefined, prev: '/world/2/', first: '/world/', last: undefined });
    expect(three?.props).toMatchObject({ label: 'World', page: { start: 40, end: 44, size: 20, total: 45, currentPage: 3, lastPage: 3 } });
  });

  it('keeps the fields in the order of Astro’s pages, which the list pages’ keys digest', () => {
    const [page] = paginateList(slugs(2), '/latest/', {}, { kind: 'latest' });
    expect(Object.keys(page?.params ?? {})).toEqual(['page']);
    expect(Object.keys(page?.props ?? {})).toEqual(['kind', 'page']);
    expect(Object.keys(page?.props.page ?? {})).toEqual(['data', 'start', 'end', 'size', 'total', 'currentPage', 'lastPage', 'url']);
    expect(Object.keys(page?.props.page.url ?? {})).toEqual(['current', 'next', 'prev', 'first', 'last']);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses %d articles a page', (size) => {
    expect(() => paginateList(slugs(3), '/world/', {}, {}, size)).toThrow(/not a positive whole number/);
  });
});

describe('the site’s list routes', () => {
  const many = Array.from({ length: 23 }, (_, i) =>
    makeArticle(`w${String(23 - i).padStart(2, '0')}`, `2024-03-${String(28 - i).padStart(2, '0')}`, ['section: world', 'authors: [Jane Doe]', 'tags: [Harbour]']),
  );
  const index = buildSiteIndex([...many, makeArticle('n1', '2024-02-10', ['type: opinion'])], testSite);

  it.each([
    ['section fronts', () => sectionListPages(index), ['/news/', '/world/', '/world/2/']],
    ['topics', () => topicListPages(index), ['/topics/harbour/', '/topics/harbour/2/']],
    ['authors', () => authorListPages(index), ['/authors/jane-doe/', '/authors/jane-doe/2/']],
    ['kinds of work', () => workTypeListPages(index), ['/type/news/', '/type/news/2/', '/type/opinion/']],
    ['archive months', () => archiveMonthListPages(index), ['/archive/2024/03/', '/archive/2024/03/2/', '/archive/2024/02/']],
    ['latest', () => latestListPages(index), ['/latest/', '/latest/2/']],
  ])('plans every page of the %s at its address', (_name, pages, addresses) => {
    expect(pages().map((page) => page.props.page.url.current)).toEqual(addresses);
  });

  it('names each page’s list in its params as the route’s file does', () => {
    expect(archiveMonthListPages(index)[1]?.params).toEqual({ year: '2024', month: '03', page: '2' });
    expect(sectionListPages(index)[0]?.props.section.slug).toBe('news');
    expect(authorListPages(index)[0]?.props).toMatchObject({ name: 'Jane Doe', slug: 'jane-doe', profile: undefined });
  });
});
