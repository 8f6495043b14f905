import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlesDir } from '../collections/articles-loader.ts';
import { readArticleFiles } from '../lib/content/read-article-files.ts';
import { validateArticles } from '../lib/content/validate-articles.ts';
import type { SiteConfig } from '../lib/site-config.ts';
import { takeSitemapFacts } from '../build/sitemap-facts.ts';
import { sitemapFacts, type SitemapFacts } from '../lib/sitemap/lastmod.ts';
import { sitemapFiles } from '../lib/sitemap/sitemap-files.ts';
import { absoluteUrl } from '../lib/urls.ts';

// Pages that exist for readers but are not content to index, and error pages.
const UNLISTED_PATHS = new Set(['share/mastodon', '404', '500']);

/** The facts from the article files themselves, for a build whose pages never listed the articles. */
function readSitemapFacts(site: SiteConfig, root: string): SitemapFacts {
  const { sources } = readArticleFiles(articlesDir(site, root), root);
  const published = validateArticles(sources, site).articles.filter((a) => a.frontMatter.draft !== true);
  return sitemapFacts(published.map((a) => ({ slug: a.slug, date: a.frontMatter.date, updated: a.frontMatter.updated, aliases: a.frontMatter.aliases })), site);
}

/**
 * The sitemap of every page the build wrote, with `lastmod` on article pages (updated, else
 * published), and without the alias pages, which only redirect. The pages' data hands over
 * what it knows of the published articles (src/build/sitemap-facts.ts); drafts are never
 * listed, since they are not built for production.
 */
export function sitemapIntegration(site: SiteConfig): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'dispatch-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const facts = takeSitemapFacts() ?? readSitemapFacts(site, root);
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
