import { describe, expect, it } from 'vitest';
import { byNewest, type Article } from '../../src/lib/article.ts';
import { newestMatching } from '../../src/lib/newest-matching.ts';
import { makeArticle } from './fixtures.ts';

// Twelve invented articles, some published at the same minute (the slug breaks the tie), every other one in World.
const articles: Article[] = Array.from({ length: 12 }, (_, i) =>
  makeArticle(`story-${String.fromCharCode(97 + ((i * 7) % 12))}`, `2024-03-0${1 + (i % 3)}T0${i % 2}:00`, i % 2 === 0 ? ['section: world'] : []),
);
const inWorld = (article: Article) => article.section.slug === 'world';
const everything = () => true;

// The same articles in several orders: as an archive lists them, reversed, and interleaved.
const sorted = [...articles].sort(byNewest);
const orders: [string, Article[]][] = [
  ['newest first', sorted],
  ['oldest first', [...sorted].reverse()],
  ['as written', articles],
  ['interleaved', [...sorted.filter((_, i) => i % 2 === 1), ...sorted.filter((_, i) => i % 2 === 0)]],
];

describe('newestMatching', () => {
  const cases = orders.flatMap(([order, items]) => [0, 1, 3, 6, 12, 20].flatMap((limit) => [[order, limit, 'all', items, everything] as const, [order, limit, 'World’s', items, inWorld] as const]));
  it.each(cases)('given %s, keeps the newest %i of %s articles as sorting all would', (_order, limit, _which, items, keep) => {
    const expected = items.filter(keep).sort(byNewest).slice(0, limit);
    expect(newestMatching(items, limit, (article) => article, keep).map((a) => a.slug)).toEqual(expected.map((a) => a.slug));
  });

  it('returns the items it was given, not their articles', () => {
    const wrapped = sorted.map((article) => ({ article, html: `<p>${article.slug}</p>` }));
    expect(newestMatching(wrapped, 2, ({ article }) => article, everything)).toEqual(wrapped.slice(0, 2));
  });
});
