import type { Article } from '../../lib/article.ts';
import { planSearchShards, SEARCH_SHARD_SIZE, searchSteps, type SearchShard, type SearchStep } from '../../lib/search/search-shards.ts';
import type { PlannedSource } from '../../lib/site-plan/site-plan.ts';

/**
 * The parts of a build's search index (src/lib/search/search-shards.ts), for the site plan:
 * the search page lists them and the index is made of them. Each article's fingerprint is its
 * file and the content layer's digest of it, with `sourcesDigest` (the code) in every key.
 */
export function planSearchParts(articles: readonly Article[], sources: ReadonlyMap<string, PlannedSource>, sourcesDigest: string): SearchShard[] {
  const members = articles.map(({ slug, file, publishedMonth }) => {
    const source = sources.get(slug);
    // Without the digest a part could never be known to be current, so the build stops.
    if (source === undefined || source.digest === '') throw new Error(`${file}: the content layer stored no digest of this file`);
    return { slug, year: publishedMonth.year, fingerprint: `${source.file}\0${source.digest}` };
  });
  return planSearchShards(members, sourcesDigest, shardSize());
}

/** The steps a reader's search goes through over the planned parts, newest first (src/lib/search/search-shards.ts). */
export function plannedSearchSteps(parts: readonly SearchShard[]): SearchStep[] {
  return searchSteps(parts, shardSize());
}

function shardSize(): number {
  // Tests set a small size to build a many-part index from a few articles.
  const configured = process.env['DISPATCH_SEARCH_SHARD_SIZE'];
  return configured === undefined || configured === '' ? SEARCH_SHARD_SIZE : Number(configured);
}
