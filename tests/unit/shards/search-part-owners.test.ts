import { describe, expect, it } from 'vitest';
import { pageKey, shardOf } from '../../../src/lib/shards/build-part.ts';
import { ARTICLE_ROUTE, articleIndexShards, articlePageShard, articleShards, searchPartOwners } from '../../../src/lib/shards/search-part-owners.ts';

/** A search part of `size` articles published in `year`, its folder named `name`. */
const part = (name: string, size: number, year = 2020) => ({ path: `/pagefind/${name}/`, year, slugs: Array.from({ length: size }, (_, i) => `${name}-${i}`) });

/** The articles each shard (1…count) indexes under `owners`. */
function articlesPerShard(parts: readonly ReturnType<typeof part>[], owners: ReadonlyMap<string, number>, count: number): number[] {
  const load = new Array<number>(count).fill(0);
  for (const p of parts) load[owners.get(p.path)! - 1]! += p.slugs.length;
  return load;
}

describe('searchPartOwners: each shard indexes about as many articles as the others', () => {
  it.each<[string, ReturnType<typeof part>[], number, number[]]>([
    ['one shard takes every part', [part('a', 5), part('b', 3)], 1, [8]],
    ['equal parts are dealt one to each shard', [part('a', 4), part('b', 4), part('c', 4), part('d', 4)], 4, [4, 4, 4, 4]],
    // A hash of the paths can give one shard both big parts; the biggest go to different shards.
    ['two big parts and small ones', [part('a', 10), part('b', 10), part('c', 3), part('d', 3), part('e', 2), part('f', 2)], 2, [15, 15]],
    ['a year’s full parts and its remainder', [part('y1', 2000), part('y2', 2000), part('y3', 2000), part('r', 400), part('z1', 1999, 2019), part('z2', 1998, 2019)], 3, [3999, 3998, 2400]],
    ['more shards than parts: the rest index nothing', [part('a', 2), part('b', 1)], 4, [2, 1, 0, 0]],
  ])('%s', (_, parts, count, expected) => {
    const owners = searchPartOwners(parts, count);
    expect(owners.size).toBe(parts.length);
    expect(articlesPerShard(parts, owners, count)).toEqual(expected);
  });

  it('makes the same choice whatever order the parts come in, as every shard must', () => {
    const parts = [part('a', 7), part('b', 7), part('c', 5, 2019), part('d', 5, 2021), part('e', 1), part('f', 0)];
    const owners = searchPartOwners(parts, 3);
    expect(searchPartOwners([...parts].reverse(), 3)).toEqual(owners);
    expect(searchPartOwners([parts[3]!, parts[0]!, parts[5]!, parts[1]!, parts[4]!, parts[2]!], 3)).toEqual(owners);
  });

  it('leaves every older year’s part where it was when the newest year’s parts change', () => {
    const archive = [part('a', 1900, 2018), part('b', 1950, 2018), part('c', 1800, 2019), part('d', 1990, 2019), part('e', 1700, 2019)];
    const before = searchPartOwners([...archive, part('n1', 900, 2020), part('n2', 880, 2020)], 3);
    // Articles published (parts grow) and the year's articles filling a third part.
    const after = searchPartOwners([...archive, part('n1', 1960, 2020), part('n2', 1920, 2020), part('n3', 1850, 2020)], 3);
    for (const { path } of archive) expect(after.get(path), path).toBe(before.get(path));
  });

  it('gives an empty part (an empty site’s index) to a shard too', () => {
    expect(searchPartOwners([part('empty', 0)], 2)).toEqual(new Map([['/pagefind/empty/', 1]]));
  });

  it('refuses a shard count that is not a positive whole number', () => {
    expect(() => searchPartOwners([part('a', 1)], 0)).toThrow('search parts: 0 shards is not a positive whole number');
  });
});

/** The pages each shard (1…count) renders under `shards`. */
function pagesPerShard(shards: ReadonlyMap<string, number>, count: number): number[] {
  const load = new Array<number>(count).fill(0);
  for (const shard of shards.values()) load[shard - 1]! += 1;
  return load;
}

describe('articleShards: an article’s page goes to the shard that takes its search part, but for a shard’s pages over an even share', () => {
  it('moves the pages a shard holds over an even share to the shards with the fewest, from its newest part, newest slug first', () => {
    // Dealt whole: a and c to shard 1 (20 articles), b to shard 2 (10).
    const parts = [part('a', 10, 2019), part('b', 10, 2019), part('c', 10, 2020)];
    const shards = articleShards(parts, 2);
    expect(pagesPerShard(shards, 2)).toEqual([15, 15]);
    const moved = [...shards].filter(([slug, shard]) => shard !== articleIndexShards(parts, 2).get(slug)).map(([slug]) => slug);
    expect(moved.sort()).toEqual(['c-5', 'c-6', 'c-7', 'c-8', 'c-9']);
    expect(moved.every((slug) => shards.get(slug) === 2)).toBe(true);
  });

  it.each<[string, ReturnType<typeof part>[], number]>([
    ['a year’s full parts and its remainder, three shards', [part('y1', 2000), part('y2', 2000), part('y3', 2000), part('r', 400), part('z1', 1999, 2019), part('z2', 1998, 2019)], 3],
    [
      'parts of an archive’s years, four shards',
      [1887, 1901, 1875, 1890, 1911, 1868, 1880, 1899, 1905, 1893, 1870, 1884, 1908, 1896].map((size, i) => part(`p${i}`, size, 2000 + Math.floor(i / 3))),
      4,
    ],
    ['more shards than parts', [part('a', 5), part('b', 1)], 4],
  ])('leaves no shard more pages than the articles divided by the shards, rounded up: %s', (_, parts, count) => {
    const shards = articleShards(parts, count);
    const total = parts.reduce((sum, p) => sum + p.slugs.length, 0);
    expect(shards.size).toBe(total);
    expect(Math.max(...pagesPerShard(shards, count))).toBeLessThanOrEqual(Math.ceil(total / count));
    expect(articleShards([...parts].reverse(), count)).toEqual(shards);
  });

  it('moves no older year’s page when the newest year’s parts grow', () => {
    const archive = [part('a', 1900, 2018), part('b', 1950, 2018), part('c', 1800, 2019), part('d', 1990, 2019), part('e', 1700, 2019)];
    const before = articleShards([...archive, part('n1', 900, 2020), part('n2', 880, 2020), part('n3', 870, 2020)], 3);
    const after = articleShards([...archive, part('n1', 1960, 2020), part('n2', 1920, 2020), part('n3', 1850, 2020)], 3);
    for (const slug of archive.flatMap((p) => p.slugs)) expect(after.get(slug), slug).toBe(before.get(slug));
  });

  it('names, for every article of every part, its part’s shard when the parts share the pages evenly', () => {
    const parts = [part('a', 3, 2019), part('b', 2, 2020), part('c', 2, 2020)];
    const owners = searchPartOwners(parts, 2);
    const shards = articleShards(parts, 2);
    expect(shards.size).toBe(7);
    for (const p of parts) for (const slug of p.slugs) expect(shards.get(slug), slug).toBe(owners.get(p.path));
    expect(new Set(shards.values())).toEqual(new Set([1, 2]));
  });

  it('knows nothing of an article in no part', () => {
    expect(articleShards([part('a', 1)], 3).get('elsewhere')).toBeUndefined();
  });
});

describe('articlePageShard: the one rule for which shard renders an article’s page', () => {
  const parts = [part('a', 3, 2019), part('b', 2, 2020)];
  it.each<[string, string, (count: number) => number]>([
    ['an article of a part: its part’s shard', 'a-0', (count) => searchPartOwners(parts, count).get('/pagefind/a/')!],
    ['a page its part’s shard holds over an even share (7 shards, 5 articles): the shard it was evened out to', 'a-2', (count) => articleShards(parts, count).get('a-2')!],
    ['an article of the other part: that part’s shard', 'b-0', (count) => searchPartOwners(parts, count).get('/pagefind/b/')!],
    ['an article in no part (a draft shown, an empty part): the hash of its page’s key, as any split page', 'elsewhere', (count) => shardOf(pageKey(ARTICLE_ROUTE, { slug: 'elsewhere' }), count)],
  ])('%s', (_case, slug, expected) => {
    for (const count of [1, 2, 3, 7]) expect(articlePageShard(parts, count)(slug), `${count} shards`).toBe(expected(count));
  });
});
