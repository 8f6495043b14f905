import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { articlesDir } from '../collections/articles-loader.ts';
import { toZonedIso } from '../lib/dates.ts';
import { readArticleFiles } from '../lib/content/read-article-files.ts';
import { validateArticles } from '../lib/content/validate-articles.ts';
import type { SiteConfig } from '../lib/site-config.ts';
import { sitemapFacts, type SitemapFacts } from '../lib/sitemap/lastmod.ts';
import { absoluteUrl } from '../lib/urls.ts';

// Pages that exist for readers but are not content to index.
const UNLISTED_PATHS = ['/share/mastodon/'];

/**
 * @astrojs/sitemap for every page, with `lastmod` on article pages (updated, else
 * published) and without the alias pages, which only redirect. The sitemap runs in the
 * config, outside the content collection, so it reads the articles' front matter itself,
 * once, when the build is done (and only drafts-free production pages are listed anyway).
 */
export function sitemapIntegration(site: SiteConfig): AstroIntegration {
  let root = process.cwd();
  let facts: SitemapFacts | undefined;
  const load = (): SitemapFacts => {
    if (facts) return facts;
    const { sources } = readArticleFiles(articlesDir(site, root), root);
    const published = validateArticles(sources, site).articles.filter((a) => a.frontMatter.draft !== true);
    facts = sitemapFacts(published.map((a) => ({ slug: a.slug, date: a.frontMatter.date, updated: a.frontMatter.updated, aliases: a.frontMatter.aliases })), site);
    return facts;
  };
  const unlisted = new Set(UNLISTED_PATHS.map((path) => absoluteUrl(site.url, path)));
  const inner = sitemap({
    filter: (page) => !unlisted.has(page) && !load().redirects.has(page),
    serialize: (item) => {
      const lastmod = load().lastmod.get(item.url);
      return lastmod === undefined ? item : { ...item, lastmod: toZonedIso(lastmod, site.timeZone) };
    },
  });
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (options) => {
        root = fileURLToPath(options.config.root);
        await inner.hooks['astro:config:done']?.(options);
      },
    },
  };
}
