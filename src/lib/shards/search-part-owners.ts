import type { SearchShard } from '../search/search-shards.ts';
import { pageKey, shardOf } from './build-part.ts';

/** What dealing a search part needs of it: its folder, its year and its articles. */
export type DealtPart = Pick<SearchShard, 'path' | 'year' | 'slugs'>;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A part's first article by slug: the part's name in the dealing order, which no other part shares. */
function firstSlug(part: DealtPart): string {
  let first = part.slugs[0] ?? '';
  for (const slug of part.slugs) if (slug < first) first = slug;
  return first;
}

/**
 * The shard (1…count) that takes each part of the search index, by the part's path: it indexes
 * the part, and renders its articles' bodies and (all but a few: articleShards) their pages,
 * so almost every body is rendered on one machine only. A site has few parts of unequal size,
 * so a hash of the path would leave one shard with twice the articles of another (it did: 17
 * parts against 8). Instead the parts
 * are dealt oldest year first, then by their first article's slug, each to the shard with the
 * fewest articles so far (the lowest-numbered on a tie). The order comes from the parts alone,
 * so every shard, reading the same plan, makes the same choice whatever order the parts come in;
 * and a part's shard depends only on the parts before it, so what changes in the newest year
 * (where articles are published) never moves an older year's part to another shard.
 */
export function searchPartOwners(parts: readonly DealtPart[], count: number): Map<string, number> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`search parts: ${count} shards is not a positive whole number`);
  const load = new Array<number>(count).fill(0);
  const owners = new Map<string, number>();
  for (const part of inDealingOrder(parts)) {
    const least = leastLoaded(load);
    owners.set(part.path, least + 1);
    // An empty part still costs Pagefind a process: it counts as one article.
    load[least]! += Math.max(1, part.slugs.length);
  }
  return owners;
}

// The parts oldest year first, then by their first article's slug (then path): the order they are dealt in, from the parts alone.
function inDealingOrder(parts: readonly DealtPart[]): DealtPart[] {
  return parts
    .map((part) => ({ part, first: firstSlug(part) }))
    .sort((a, b) => a.part.year - b.part.year || compare(a.first, b.first) || compare(a.part.path, b.part.path))
    .map(({ part }) => part);
}

// The index (0-based) of the shard with the least load, the lowest on a tie.
function leastLoaded(load: readonly number[]): number {
  let least = 0;
  for (let shard = 1; shard < load.length; shard++) if (load[shard]! < load[least]!) least = shard;
  return least;
}

// Each article of a part, to its part's shard (`owners`, searchPartOwners).
function indexShardsOf(parts: readonly DealtPart[], owners: ReadonlyMap<string, number>): Map<string, number> {
  const shards = new Map<string, number>();
  for (const part of parts) {
    const owner = owners.get(part.path);
    if (owner !== undefined) for (const slug of part.slugs) shards.set(slug, owner);
  }
  return shards;
}

/** The shard (1…count) that indexes each article: the one that takes its search part (searchPartOwners). An article in no part has no entry. */
export function articleIndexShards(parts: readonly DealtPart[], count: number): Map<string, number> {
  return indexShardsOf(parts, searchPartOwners(parts, count));
}

/**
 * The shard (1…count) that renders each article's page: the one that indexes it
 * (articleIndexShards), so the body it renders for the page is the one it indexes, but for
 * the pages a shard holds over an even share (the articles divided by `count`, rounded up).
 * Parts are dealt whole, so one shard can end a part's worth of pages above the others, and
 * the slowest shard sets the time of a sharded build: those pages go, one at a time, to the
 * shard with the fewest (the lowest-numbered on a tie), which renders their bodies too. They
 * are taken from the shard's newest parts, newest slug first: the newest year is where
 * articles are published, and so where the shares change, and what they change moves no page
 * of an older year while the shard keeps a part of the newest. Like the dealing, the choice
 * comes from the parts alone. An article in no part has no entry.
 */
export function articleShards(parts: readonly DealtPart[], count: number): Map<string, number> {
  const owners = searchPartOwners(parts, count);
  const shards = indexShardsOf(parts, owners);
  const load = new Array<number>(count).fill(0);
  for (const shard of shards.values()) load[shard - 1]! += 1;
  const share = Math.ceil(shards.size / count);
  if (load.every((pages) => pages <= share)) return shards;
  const newestFirst = inDealingOrder(parts).reverse();
  for (let from = 0; from < count; from++) {
    // The shard's articles, newest part first, newest slug first in each.
    const given = newestFirst.filter((part) => owners.get(part.path) === from + 1).flatMap((part) => [...part.slugs].sort((a, b) => compare(b, a)));
    for (const slug of given) {
      if (load[from]! <= share) break;
      const least = leastLoaded(load);
      shards.set(slug, least + 1);
      load[from]! -= 1;
      load[least]! += 1;
    }
  }
  return shards;
}

/** The route of the article pages, whose pages are dealt with their search parts rather than hashed. */
export const ARTICLE_ROUTE = 'articles/[slug]';

/**
 * The shard (1…count) that renders an article's page: its search part's, but for a shard's
 * pages over an even share (articleShards), and for an article in no part the hash of its
 * page's key, as for any other split page. The one rule both the article route and a shard's
 * cut of the plan (src/lib/shards/shard-plan.ts) follow.
 */
export function articlePageShard(parts: readonly DealtPart[], count: number): (slug: string) => number {
  const dealt = articleShards(parts, count);
  return (slug) => dealt.get(slug) ?? shardOf(pageKey(ARTICLE_ROUTE, { slug }), count);
}
