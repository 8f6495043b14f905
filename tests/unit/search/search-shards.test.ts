import { describe, expect, it } from 'vitest';
import { planSearchShards, SEARCH_SHARD_SIZE, searchShardCount, searchShardOf, searchSteps, type SearchShard, type ShardMember } from '../../../src/lib/search/search-shards.ts';

const members = (count: number, version = 'v1', year = 2024): ShardMember[] => Array.from({ length: count }, (_, i) => ({ slug: `story-${i}`, year, fingerprint: `${version}-${i}` }));

describe('searchShardCount', () => {
  it.each([
    [0, 10, 1],
    [1, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [10_000, SEARCH_SHARD_SIZE, 5],
    [19_042, SEARCH_SHARD_SIZE, 10],
  ])('%i articles in parts of %i make %i part(s)', (articles, size, expected) => {
    expect(searchShardCount(articles, size)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a part size of %s', (size) => {
    expect(() => searchShardCount(10, size)).toThrow(/positive whole number/);
  });
});

describe('searchShardOf', () => {
  it('spreads similar slugs evenly over the parts', () => {
    const counts = new Array<number>(5).fill(0);
    for (let i = 0; i < 10_000; i++) counts[searchShardOf(`reuters-${i}`, 5)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(1_700);
  });

  it('depends on the slug alone', () => {
    expect(searchShardOf('kim-jong-un-in-russia', 7)).toBe(searchShardOf('kim-jong-un-in-russia', 7));
  });
});

describe('planSearchShards', () => {
  const before = planSearchShards(members(30), 'code-1', 10);

  it('puts every article in exactly one part, in the order given', () => {
    expect(before).toHaveLength(3);
    const all = before.flatMap((shard) => shard.slugs);
    expect([...all].sort()).toEqual(
      members(30)
        .map((m) => m.slug)
        .sort(),
    );
    for (const shard of before)
      expect(shard.slugs).toEqual(
        members(30)
          .map((m) => m.slug)
          .filter((slug) => shard.slugs.includes(slug)),
      );
  });

  it('publishes each part in a folder named by its key', () => {
    for (const shard of before) expect(shard.path).toBe(`/pagefind/${shard.key}/`);
    expect(new Set(before.map((shard) => shard.key)).size).toBe(3);
  });

  it('changes only the key of the part holding an edited article', () => {
    const edited = members(30).map((m) => (m.slug === 'story-7' ? { ...m, fingerprint: 'corrected' } : m));
    const after = planSearchShards(edited, 'code-1', 10);
    const changed = after.filter((shard, i) => shard.key !== before[i]?.key);
    expect(changed.map((shard) => shard.slugs.includes('story-7'))).toEqual([true]);
  });

  it.each([
    ['the code that makes the index changes', planSearchShards(members(30), 'code-2', 10)],
    ['every article is edited', planSearchShards(members(30, 'v2'), 'code-1', 10)],
  ])('changes every key when %s', (_what, after) => {
    for (const [i, shard] of after.entries()) expect(shard.key).not.toBe(before[i]?.key);
  });

  it('makes one empty part for a site with no articles, so search still answers', () => {
    expect(planSearchShards([], 'code-1', 10)).toEqual([expect.objectContaining({ slugs: [] })]);
  });
});

describe('planSearchShards over several years', () => {
  // 25 articles of 2023, 12 of 2025, 3 of 2024, given in no order of year.
  const archive: ShardMember[] = [
    ...members(25, 'v1', 2023),
    ...members(12, 'v1', 2025).map((m) => ({ ...m, slug: `new-${m.slug}` })),
    ...members(3, 'v1', 2024).map((m) => ({ ...m, slug: `mid-${m.slug}` })),
  ];
  const parts = planSearchShards(archive, 'code-1', 10);

  it('puts each year in parts of its own, newest year first', () => {
    expect(parts.map((part) => part.year)).toEqual([2025, 2025, 2024, 2023, 2023, 2023]);
    for (const part of parts) expect(part.slugs.every((slug) => archive.find((m) => m.slug === slug)?.year === part.year)).toBe(true);
    expect(parts.flatMap((part) => part.slugs)).toHaveLength(archive.length);
  });

  it('publishes no empty part and never two parts in one folder, even one article a part', () => {
    const single = planSearchShards(archive, 'code-1', 1);
    expect(single.every((part) => part.slugs.length > 0)).toBe(true);
    expect(new Set(single.map((part) => part.path)).size).toBe(single.length);
    expect(single.flatMap((part) => part.slugs)).toHaveLength(archive.length);
  });

  it('changes only the parts of its own year when an article is added', () => {
    const after = planSearchShards([...archive, { slug: 'newest', year: 2025, fingerprint: 'v1' }], 'code-1', 10);
    const changedYears = new Set(after.filter((part) => !parts.some((before) => before.key === part.key)).map((part) => part.year));
    expect([...changedYears]).toEqual([2025]);
  });
});

describe('searchSteps', () => {
  const part = (year: number, articles: number, i: number): SearchShard => ({ key: `k${i}`, path: `/pagefind/k${i}/`, year, slugs: Array.from({ length: articles }, (_, n) => `s${i}-${n}`) });

  it.each([
    ['one part: one step', [part(2025, 7, 1)], [[1]]],
    ['parts up to the step size together', [part(2025, 10, 1), part(2025, 10, 2), part(2024, 9, 3)], [[1, 2, 3]]],
    [
      'then as many again, older, step by step',
      [part(2025, 10, 1), part(2025, 10, 2), part(2024, 10, 3), part(2023, 10, 4), part(2022, 10, 5), part(2021, 2, 6)],
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
  ])('%s', (_what, parts, expected) => {
    const steps = searchSteps(parts, 10, 3);
    expect(steps.map((step) => step.paths.map((path) => Number(path.slice('/pagefind/k'.length, -1))))).toEqual(expected);
  });

  it('names the years and counts the articles of each step', () => {
    const steps = searchSteps([part(2025, 10, 1), part(2024, 25, 2), part(2019, 4, 3)], 10, 3);
    expect(steps).toEqual([
      { paths: ['/pagefind/k1/', '/pagefind/k2/'], articles: 35, newestYear: 2025, oldestYear: 2024 },
      { paths: ['/pagefind/k3/'], articles: 4, newestYear: 2019, oldestYear: 2019 },
    ]);
  });

  it('bounds the first step of a 100,000-article archive to a few parts', () => {
    const archive = Array.from({ length: 50 }, (_, i) => part(2026 - Math.floor(i / 10), 2000, i));
    const [first] = searchSteps(archive);
    expect(first?.paths).toHaveLength(5);
    expect(first?.articles).toBe(10_000);
  });
});
