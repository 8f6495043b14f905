import type { SearchShard } from '../search/search-shards.ts';

/** What dealing a search part needs of it: its folder, its year and its articles. */
export type DealtPart = Pick<SearchShard, 'path' | 'year' | 'slugs'>;

const byWorkThenPlace = (a: DealtPart, b: DealtPart): number => b.slugs.length - a.slugs.length || b.year - a.year || compare(a.slugs[0] ?? '', b.slugs[0] ?? '') || compare(a.path, b.path);

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The shard (1…count) that indexes each part of the search index, by the part's path. A
 * shard indexes its parts and renders the bodies of their articles, and a site has few parts
 * of unequal size, so a hash of the path would leave one shard with twice the articles of
 * another. Instead the biggest part goes first, each to the shard with the fewest articles so
 * far (the lowest-numbered on a tie). The order depends on the parts alone (size, year, first
 * article, path), so every shard, reading the same plan, makes the same choice; an edit that
 * leaves a part's articles as they were leaves every part where it was.
 */
export function searchPartOwners(parts: readonly DealtPart[], count: number): Map<string, number> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`search parts: ${count} shards is not a positive whole number`);
  const load = new Array<number>(count).fill(0);
  const owners = new Map<string, number>();
  for (const part of [...parts].sort(byWorkThenPlace)) {
    let least = 0;
    for (let shard = 1; shard < count; shard++) if (load[shard]! < load[least]!) least = shard;
    owners.set(part.path, least + 1);
    // An empty part still costs Pagefind a process: it counts as one article.
    load[least]! += Math.max(1, part.slugs.length);
  }
  return owners;
}
