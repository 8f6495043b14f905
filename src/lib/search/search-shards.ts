import { fnv1aCodeUnits, sha256 } from '../hash.ts';

/**
 * How many articles one part of the search index holds at most. Pagefind cannot update an
 * index in place, so a rebuild after one edit re-indexes only the part holding that article;
 * the reader's browser merges the parts. A part this size is indexed in less time than the
 * rest of a rebuild takes, and an archive needs only a handful of them
 * (docs/decisions/0002-search-index-in-parts.md).
 */
export const SEARCH_SHARD_SIZE = 2000;

/** One article as the search index's plan sees it: its slug and a fingerprint of everything its search document is made from. */
export interface ShardMember {
  readonly slug: string;
  readonly fingerprint: string;
}

/** One part of the search index: the articles it holds (in the order given) and where it is published. */
export interface SearchShard {
  /** A digest of the members and what made them: the same key means the same index files. */
  readonly key: string;
  /** Site-relative URL of the folder Pagefind's files go in, e.g. `/pagefind/3f9c…/`. */
  readonly path: string;
  readonly slugs: readonly string[];
}

/** How many parts `articles` articles are split into: at least one, so an empty site still has a (empty) index. */
export function searchShardCount(articles: number, shardSize: number = SEARCH_SHARD_SIZE): number {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`search shard size must be a positive whole number, not ${shardSize}`);
  return Math.max(1, Math.ceil(articles / shardSize));
}

/** The part an article belongs to: from its slug alone, so adding or editing others never moves it (while the count stays). */
export function searchShardOf(slug: string, count: number): number {
  // FNV-1a: fast, and spreads similar slugs (reuters-1, reuters-2…) evenly.
  return (fnv1aCodeUnits(slug) >>> 0) % count;
}

/**
 * Splits the articles into the search index's parts. Each part's key digests `sources` (the
 * code and libraries that make the documents and the index) and its members' slugs and
 * fingerprints in order, so a part whose key an earlier build published needs no indexing.
 */
export function planSearchShards(members: readonly ShardMember[], sources: string, shardSize: number = SEARCH_SHARD_SIZE): SearchShard[] {
  const count = searchShardCount(members.length, shardSize);
  const parts = Array.from({ length: count }, () => ({ digested: [`${sources}\0${count}\0`], slugs: [] as string[] }));
  for (const member of members) {
    const part = parts[searchShardOf(member.slug, count)];
    if (part === undefined) continue;
    part.digested.push(`${member.slug}\0${member.fingerprint}\0`);
    part.slugs.push(member.slug);
  }
  return parts.map(({ digested, slugs }) => {
    const key = sha256(digested, 'hex').slice(0, 20);
    return { key, path: `/pagefind/${key}/`, slugs };
  });
}
