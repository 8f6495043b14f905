import { buildSourcesDigest } from '../markdown/article-body-cache.ts';
import { planSearchShards, SEARCH_SHARD_SIZE, type SearchShard } from '../../lib/search/search-shards.ts';
import { getPublishedArticles, type PublishedArticle } from '../../data/articles.ts';

let planned: Promise<SearchShard[]> | undefined;

/**
 * The parts of this build's search index (src/lib/search/search-shards.ts), planned once:
 * the search page lists them and the index session makes the ones not yet published. Empty
 * outside a build: the dev server has no search index.
 */
export function getSearchShards(): Promise<SearchShard[]> {
  planned ??= getPublishedArticles().then((published) => {
    const sources = buildSourcesDigest();
    return sources === undefined ? [] : planSearchShards(published.map(shardMember), sources, shardSize());
  });
  return planned;
}

function shardMember({ article, entry }: PublishedArticle): { slug: string; fingerprint: string } {
  // The loader's digest covers the whole file (the store holds no body to digest instead);
  // without it a part could never be known to be current, so the build stops.
  if (entry.digest === undefined) throw new Error(`${article.file}: the content layer stored no digest of this file`);
  return { slug: article.slug, fingerprint: `${article.file}\0${String(entry.digest)}` };
}

function shardSize(): number {
  // Tests set a small size to build a many-part index from a few articles.
  const configured = process.env['DISPATCH_SEARCH_SHARD_SIZE'];
  return configured === undefined || configured === '' ? SEARCH_SHARD_SIZE : Number(configured);
}
