import type { SiteConfig } from '../site-config.ts';
import { absoluteUrl } from '../urls.ts';

/** Site-relative paths of the sitemaps robots.txt names: the sitemap index (src/integrations/sitemap.ts), and the news sitemap. */
export const SITEMAP_PATHS = ['/sitemap-index.xml', '/news-sitemap.xml'] as const;

/** robots.txt: everything may be crawled; here are the sitemaps, as absolute URLs. */
export function robotsTxt(site: SiteConfig): string {
  return ['User-agent: *', 'Allow: /', '', ...SITEMAP_PATHS.map((path) => `Sitemap: ${absoluteUrl(site.url, path)}`), ''].join('\n');
}
