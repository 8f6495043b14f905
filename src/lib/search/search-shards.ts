import { fnv1aCodeUnits, sha256 } from '../hash.ts';

/**
 * How many articles one part of the search index holds at most. Pagefind cannot update an
 * index in place, so a rebuild after one edit re-indexes only the part holding that article;
 * the reader's browser merges the parts. A part this size is indexed in less time than the
 * rest of a rebuild takes, and an archive needs only a handful of them
 * (docs/decisions/0002-search-index-in-parts.md).
 */
export const SEARCH_SHARD_SIZE = 2000;

/**
 * How many parts' worth of articles a reader's search covers first, newest years first: a
 * common word's entries grow with every article searched, so an archive is searched back to
 * about this many articles and the reader asks for older ones
 * (docs/decisions/0013-search-newest-first.md).
 */
export const FIRST_SEARCH_PARTS = 5;

/** One article as the search index's plan sees it: its slug, its year and a fingerprint of everything its search document is made from. */
export interface ShardMember {
  readonly slug: string;
  /** Year of publication in the site's time zone: articles of one year share parts. */
  readonly year: number;
  readonly fingerprint: string;
}

/** One part of the search index: the articles it holds (in the order given) and where it is published. */
export interface SearchShard {
  /** A digest of the members and what made them: the same key means the same index files. */
  readonly key: string;
  /** Site-relative URL of the folder Pagefind's files go in, e.g. `/pagefind/3f9c…/`. */
  readonly path: string;
  /** The year its articles were published in (every part holds one year's articles); 0 for an empty site's one part. */
  readonly year: number;
  readonly slugs: readonly string[];
}

/** How many parts `articles` articles are split into: at least one, so an empty site still has a (empty) index. */
export function searchShardCount(articles: number, shardSize: number = SEARCH_SHARD_SIZE): number {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`search shard size must be a positive whole number, not ${shardSize}`);
  return Math.max(1, Math.ceil(articles / shardSize));
}

/** The part of its year an article belongs to: from its slug alone, so adding or editing others never moves it (while the count stays). */
export function searchShardOf(slug: string, count: number): number {
  // FNV-1a: fast, and spreads similar slugs (reuters-1, reuters-2…) evenly.
  return (fnv1aCodeUnits(slug) >>> 0) % count;
}

/**
 * Splits the articles into the search index's parts, newest year first: each year's articles
 * into as few parts as the size allows, by slug, so a new article changes only its own year's
 * parts. Each part's key digests `sources` (the code and libraries that make the documents and
 * the index), its year and its members' slugs and fingerprints in order, so a part whose key
 * an earlier build published needs no indexing.
 */
export function planSearchShards(members: readonly ShardMember[], sources: string, shardSize: number = SEARCH_SHARD_SIZE): SearchShard[] {
  searchShardCount(0, shardSize);
  const years = new Map<number, ShardMember[]>();
  for (const member of members) {
    const year = years.get(member.year);
    if (year === undefined) years.set(member.year, [member]);
    else year.push(member);
  }
  if (years.size === 0) return [part(sources, 0, '1 of 1', [])];
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .flatMap(([year, ofYear]) => {
      const count = searchShardCount(ofYear.length, shardSize);
      const parts = Array.from({ length: count }, () => [] as ShardMember[]);
      for (const member of ofYear) parts[searchShardOf(member.slug, count)]?.push(member);
      // A part the hash left empty is not published; the others keep their place (and key).
      return parts.flatMap((inPart, i) => (inPart.length === 0 ? [] : [part(sources, year, `${i} of ${count}`, inPart)]));
    });
}

function part(sources: string, year: number, place: string, members: readonly ShardMember[]): SearchShard {
  // Its place among its year's parts too: no two parts ever share a key, and so a folder.
  const digested = [`${sources}\0${year}\0${place}\0`, ...members.map((member) => `${member.slug}\0${member.fingerprint}\0`)];
  const key = sha256(digested, 'hex').slice(0, 20);
  return { key, path: `/pagefind/${key}/`, year, slugs: members.map((member) => member.slug) };
}

/** The articles of one step of a reader's search: the parts' folders and the years they span. */
export interface SearchStep {
  readonly paths: readonly string[];
  readonly articles: number;
  readonly newestYear: number;
  readonly oldestYear: number;
}

/**
 * The parts a reader's search goes through, step by step: the first step takes the newest
 * parts until they hold `partsPerStep` parts' worth of articles, each later step as many
 * again, so what one search downloads stays bounded
 * however large the archive is.
 */
export function searchSteps(parts: readonly SearchShard[], shardSize: number = SEARCH_SHARD_SIZE, partsPerStep: number = FIRST_SEARCH_PARTS): SearchStep[] {
  const steps: SearchStep[] = [];
  let current: SearchShard[] = [];
  let articles = 0;
  const close = (): void => {
    if (current.length === 0) return;
    steps.push({ paths: current.map((p) => p.path), articles, newestYear: current[0]!.year, oldestYear: current[current.length - 1]!.year });
    current = [];
    articles = 0;
  };
  for (const shard of parts) {
    current.push(shard);
    articles += shard.slugs.length;
    if (articles >= partsPerStep * shardSize) close();
  }
  close();
  return steps;
}
