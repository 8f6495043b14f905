import { describe, expect, it } from 'vitest';
import { groupArticles, groupSlug } from '../../src/lib/taxonomy.ts';
import { makeArticle } from './fixtures.ts';

describe('groupSlug', () => {
  it.each([
    ['North Korea', 'north-korea'],
    ['Zürich', 'zurich'],
    ['北京', 'n-'],
  ])('%s → %s…', (name, prefix) => {
    expect(groupSlug(name).startsWith(prefix)).toBe(true);
  });
  it('gives non-ASCII names distinct, stable slugs', () => {
    expect(groupSlug('北京')).toBe(groupSlug('北京'));
    expect(groupSlug('北京')).not.toBe(groupSlug('上海'));
  });
});

describe('groupArticles', () => {
  const a = makeArticle('a', '2024-01-03', ['tags: [Zürich, Banks]']);
  const b = makeArticle('b', '2024-01-02', ['tags: [Zurich]']);
  const c = makeArticle('c', '2024-01-01', ['tags: [Zürich]']);
  const groups = groupArticles([a, b, c], (x) => x.tags);

  it('merges spellings that slugify alike, under the spelling used most', () => {
    const zurich = groups.find((g) => g.slug === 'zurich');
    expect(zurich?.name).toBe('Zürich');
    expect(zurich?.articles.map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });

  it('sorts groups by slug, keeping article order', () => {
    expect(groups.map((g) => g.slug)).toEqual(['banks', 'zurich']);
  });
});
