import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../lib/site-config.ts';
import { takeSitemapFacts } from '../build/sitemap-facts.ts';
import { sitemapFiles } from '../lib/sitemap/sitemap-files.ts';
import { absoluteUrl } from '../lib/urls.ts';

// Pages that exist for readers but are not content to index, and error pages.
const UNLISTED_PATHS = new Set(['share/mastodon', '404', '500']);

/**
 * The sitemap of every page the build wrote, with `lastmod` on article pages (updated, else
 * published), and without the alias pages, which only redirect. The pages' data hands over
 * what it knows of the published articles (src/build/sitemap-facts.ts); drafts are never
 * listed, since they are not built for production.
 */
export function sitemapIntegration(site: SiteConfig): AstroIntegration {
  return {
    name: 'dispatch-sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        const facts = takeSitemapFacts();
        // Every build lists its articles (the front page does), so this is a bug, not content.
        if (facts === undefined) throw new Error('the sitemap knows no articles: src/data/articles.ts never recorded them in this build');
        const entries = pages
          .filter(({ pathname }) => !UNLISTED_PATHS.has(pathname.replace(/^\/+|\/+$/g, '')))
          .map(({ pathname }) => absoluteUrl(site.url, `/${pathname.replace(/^\//, '')}`))
          .filter((url) => !facts.redirects.has(url))
          .map((url) => ({ url, lastmod: facts.lastmod.get(url) }));
        const files = sitemapFiles(entries, absoluteUrl(site.url, '/'));
        const outDir = fileURLToPath(dir);
        for (const file of files) writeFileSync(join(outDir, file.name), file.xml);
        logger.info(`${entries.length} pages listed in ${files.length - 1} sitemap(s) and sitemap-index.xml`);
      },
    },
  };
}
