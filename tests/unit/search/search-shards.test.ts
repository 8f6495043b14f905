import { describe, expect, it } from 'vitest';
import { planSearchShards, SEARCH_SHARD_SIZE, searchShardCount, searchShardOf, type ShardMember } from '../../../src/lib/search/search-shards.ts';

const members = (count: number, version = 'v1'): ShardMember[] => Array.from({ length: count }, (_, i) => ({ slug: `story-${i}`, fingerprint: `${version}-${i}` }));

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
