import type { SiteConfig } from '../site-config.ts';
import { absoluteUrl } from '../urls.ts';
import { NEWS_SITEMAP_PATH } from './news-sitemap.ts';

/** Site-relative path of the sitemap index (src/build/output/sitemap.ts), which every build writes. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/**
 * robots.txt: everything may be crawled; here are the sitemaps, as absolute URLs: the
 * index, and the news sitemap when the build wrote one (`hasNewsSitemap`).
 */
export function robotsTxt(site: SiteConfig, hasNewsSitemap: boolean): string {
  const sitemaps = [SITEMAP_INDEX_PATH, ...(hasNewsSitemap ? [NEWS_SITEMAP_PATH] : [])];
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((path) => `Sitemap: ${absoluteUrl(site.url, path)}`), ''].join('\n');
}
