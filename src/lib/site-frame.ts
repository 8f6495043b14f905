import { pageCacheKey } from './page-cache-key.ts';
import { sitePageLinks, type PublishedSitePage } from './trust/published-site-pages.ts';

/**
 * The digest of what every page's frame (masthead and footer) prints from the content rather
 * than the code: the links to the fixed pages that exist. It is part of every page's
 * incremental-build key, so adding or removing `content/pages/about.md` renders every page again.
 */
export function siteFrameKey(sitePages: readonly Pick<PublishedSitePage, 'slug'>[]): string {
  return pageCacheKey(sitePageLinks(sitePages));
}
