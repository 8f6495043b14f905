import type { SitePlan } from '../site-plan/site-plan.ts';
import { articleIndexShards, articlePageShard } from './search-part-owners.ts';

function keepKeys<V>(map: ReadonlyMap<string, V>, keep: (key: string) => boolean): Map<string, V> {
  const kept = new Map<string, V>();
  for (const [key, value] of map) if (keep(key)) kept.set(key, value);
  return kept;
}

/**
 * The site plan as shard `index` of `count` holds it while its pages render: the related links
 * of the articles whose pages it renders (articlePageShard), which only those pages read, the
 * body sources of those and of the articles it indexes (articleIndexShards), whose bodies it
 * renders, and everything else as planned, since listings and the site's lists read every
 * article. A shard then holds about a count-th of those two parts, which grow with the
 * archive. The digest stays the plan's: it names the plan the shard rendered from.
 */
export function planForShard(plan: SitePlan, index: number, count: number): SitePlan {
  const shardOfArticle = articlePageShard(plan.searchShards, count);
  const indexedBy = articleIndexShards(plan.searchShards, count);
  const rendersPage = (slug: string): boolean => shardOfArticle(slug) === index;
  const rendersBody = (slug: string): boolean => rendersPage(slug) || indexedBy.get(slug) === index;
  return { ...plan, related: keepKeys(plan.related, rendersPage), sources: keepKeys(plan.sources, rendersBody) };
}
