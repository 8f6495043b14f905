import { buildSiteIndex, type SiteIndex } from '../lib/site-index.ts';
import { siteConfig } from '../site.config.ts';
import { getPublishedArticles } from './articles.ts';

let cached: Promise<SiteIndex> | undefined;

/** The site's lists (sections, topics, authors, archive, neighbours), built once per build. */
export function getSiteIndex(): Promise<SiteIndex> {
  cached ??= getPublishedArticles().then((published) => buildSiteIndex(published.map((p) => p.article), siteConfig));
  return cached;
}
