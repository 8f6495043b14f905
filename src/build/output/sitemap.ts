import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../lib/article.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import { sitemapFacts } from '../../lib/sitemap/lastmod.ts';
import { sitemapFiles } from '../../lib/sitemap/sitemap-files.ts';
import { absoluteUrl } from '../../lib/urls.ts';

// Pages that exist for readers but are not content to index, and error pages.
// The reader's saved articles and the offline page are made for one browser (docs/reading-offline.md).
const UNLISTED_PATHS = new Set(['share/mastodon', '404', '500', 'saved', 'offline']);

/**
 * Writes the sitemap of every page the build wrote (`pathnames`, as Astro lists them), with
 * `lastmod` on article pages (updated, else published), and without the alias pages, which
 * only redirect. Drafts are never listed, since they are not built for production. Returns
 * how many pages and sitemap files, and the files written (paths inside the output folder).
 */
export function writeSitemaps(outDir: string, pathnames: readonly string[], articles: readonly Article[], site: SiteConfig): { pages: number; sitemaps: number; written: string[] } {
  const facts = sitemapFacts(articles, site);
  const entries = pathnames
    .filter((pathname) => !UNLISTED_PATHS.has(pathname.replace(/^\/+|\/+$/g, '')))
    .map((pathname) => absoluteUrl(site.url, `/${pathname.replace(/^\//, '')}`))
    .filter((url) => !facts.redirects.has(url))
    .map((url) => ({ url, lastmod: facts.lastmod.get(url) }));
  const files = sitemapFiles(entries, absoluteUrl(site.url, '/'));
  for (const file of files) writeFileSync(join(outDir, file.name), file.xml);
  return { pages: entries.length, sitemaps: files.length - 1, written: files.map((file) => file.name) };
}
