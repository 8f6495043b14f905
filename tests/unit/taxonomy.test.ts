import { describe, expect, it } from 'vitest';
import { buildArticleView } from '../../src/lib/article-view.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { groupArticles, groupSlug, slugOfName, slugsByName } from '../../src/lib/taxonomy.ts';
import { testSite } from './content/site.ts';
import { makeArticle } from './fixtures.ts';

describe('groupSlug', () => {
  it.each([
    ['North Korea', 'north-korea'],
    ['Zürich', 'zurich'],
    ['C', 'c'],
    ['C++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['F#', 'f-sharp'],
    ['Disney+', 'disney-plus'],
    ['C＋＋', 'c-plus-plus'],
    ['#MeToo', 'metoo'],
    ['AT&T', 'at-and-t'],
    ['U.S.', 'u-s'],
    ['US', 'us'],
  ])('%s → %s', (name, slug) => {
    expect(groupSlug(name)).toBe(slug);
  });

  it('gives names without ASCII letters distinct, stable slugs', () => {
    expect(groupSlug('北京')).toMatch(/^n-[0-9a-f]{8}$/);
    expect(groupSlug('北京')).toBe(groupSlug('北京'));
    expect(groupSlug('北京')).not.toBe(groupSlug('上海'));
  });
});

/** Topic groups of one article per tag list, as slug → name. */
function topicsOf(...tagLists: string[][]): Record<string, string> {
  const articles = tagLists.map((tags, i) => makeArticle(`a${i}`, `2024-01-${String(20 - i).padStart(2, '0')}`, [`tags: ${JSON.stringify(tags)}`]));
  return Object.fromEntries(groupArticles(articles, (a) => a.tags).map((g) => [g.slug, g.name]));
}

describe('groupArticles', () => {
  const a = makeArticle('a', '2024-01-03', ['tags: [Zürich, Banks]']);
  const b = makeArticle('b', '2024-01-02', ['tags: [Zurich]']);
  const c = makeArticle('c', '2024-01-01', ['tags: [Zürich]']);
  const groups = groupArticles([a, b, c], (x) => x.tags);

  it('merges spellings that slugify alike, under the spelling used most', () => {
    const zurich = groups.find((g) => g.slug === 'zurich');
    expect(zurich?.name).toBe('Zürich');
    expect(zurich?.names).toEqual(['Zürich', 'Zurich']);
    expect(zurich?.articles.map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });

  it('sorts groups by slug, keeping article order', () => {
    expect(groups.map((g) => g.slug)).toEqual(['banks', 'zurich']);
  });

  it.each([
    ['case, accents and spacing: one page', [['Zürich'], ['zurich'], ['ZURICH']], { zurich: 'Zürich' }],
    ['spacing and hyphens: one page', [['New York'], ['new  york'], ['New-York']], { 'new-york': 'New York' }],
    ['C, C++ and C#: three pages', [['C'], ['C++'], ['C#']], { c: 'C', 'c-plus-plus': 'C++', 'c-sharp': 'C#' }],
    ['C++ spelled out: the same page', [['C++'], ['C plus plus'], ['c++']], { 'c-plus-plus': 'C++' }],
    ['U.S. and US: two pages, as their slugs differ', [['U.S.'], ['US']], { 'u-s': 'U.S.', us: 'US' }],
    ['a hashtag: the same page as the word', [['#MeToo'], ['MeToo'], ['MeToo']], { metoo: 'MeToo' }],
  ])('%s', (_case, tagLists, expected) => {
    expect(topicsOf(...tagLists)).toEqual(expected);
  });

  it('gives a name that differs by a symbol its own page, the plain name keeping the slug', () => {
    const topics = topicsOf(['Ukraine'], ['Ukraine 🇺🇦'], ['Ukraine'], ['Euro'], ['Euro €']);
    expect(topics['ukraine']).toBe('Ukraine');
    expect(topics['euro']).toBe('Euro');
    const others = Object.entries(topics).filter(([slug]) => slug !== 'ukraine' && slug !== 'euro');
    expect(others.map(([, name]) => name).sort()).toEqual(['Euro €', 'Ukraine 🇺🇦']);
    for (const [slug] of others) expect(slug).toMatch(/^(ukraine|euro)-[0-9a-f]{6}$/);
  });

  it('gives colliding names without a plain one a slug each, none of them the shared one', () => {
    const topics = topicsOf(['Q★'], ['Q☆']);
    expect(Object.values(topics).sort()).toEqual(['Q★', 'Q☆']);
    expect(Object.keys(topics)).not.toContain('q');
    expect(new Set(Object.keys(topics)).size).toBe(2);
  });

  it('gives the same slugs whatever the order of the articles', () => {
    const lists = [['C'], ['C★'], ['C☆'], ['C++'], ['Ukraine 🇺🇦'], ['Ukraine']];
    const forwards = topicsOf(...lists);
    const backwards = topicsOf(...[...lists].reverse());
    expect(backwards).toEqual(forwards);
    expect(Object.keys(forwards)).toHaveLength(6);
  });

  it('groups authors by the same rules', () => {
    const articles = [makeArticle('x', '2024-01-02', ['authors: [Anna Müller, "Anna Müller★"]']), makeArticle('y', '2024-01-01', ['authors: [anna muller]'])];
    const authors = groupArticles(articles, (a) => a.authors);
    expect(authors.map((g) => [g.name, g.articles.map((a) => a.slug)])).toEqual([
      ['Anna Müller', ['x', 'y']],
      ['Anna Müller★', ['x']],
    ]);
  });
});

describe('links to topic and author pages', () => {
  const articles = [
    makeArticle('cpp', '2024-01-03', ['tags: [C++, C]', 'authors: [Mara Quell]']),
    makeArticle('cs', '2024-01-02', ['tags: [C#, c]', 'authors: [mara quell]']),
    makeArticle('star', '2024-01-01', ['tags: [C★]']),
  ];
  const index = buildSiteIndex(articles, testSite);

  it('go to the page the site index lists for every spelling, never to a slug of their own', () => {
    const pages = new Set(index.topics.map((t) => `/topics/${t.slug}/`));
    for (const article of articles) {
      const view = buildArticleView(article, testSite, index.slugs);
      for (const topic of view.topics) expect(pages).toContain(topic.path);
    }
    expect(buildArticleView(articles[2]!, testSite, index.slugs).topics[0]?.path).not.toBe('/topics/c/');
    expect(buildArticleView(articles[0]!, testSite, index.slugs).topics.map((t) => t.path)).toEqual(['/topics/c-plus-plus/', '/topics/c/']);
    expect(buildArticleView(articles[1]!, testSite, index.slugs).topics.map((t) => t.path)).toEqual(['/topics/c-sharp/', '/topics/c/']);
  });

  it('link each byline name to its author page', () => {
    expect(buildArticleView(articles[1]!, testSite, index.slugs).byline).toEqual(['By ', { name: 'mara quell', path: '/authors/mara-quell/' }]);
  });

  it('refuse a name no group holds: the index was built from other articles', () => {
    expect(() => slugOfName(slugsByName(index.topics), 'Unknown')).toThrow(/"Unknown" belongs to no topic or author page/);
  });
});
