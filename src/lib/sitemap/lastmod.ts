import type { Article } from '../article.ts';
import type { SiteConfig } from '../site-config.ts';
import { lastModified } from '../trust/article-changes.ts';
import { absoluteUrl, articlePath } from '../urls.ts';

/** What the sitemap needs to know: when each article page last changed, and which URLs only redirect. */
export interface SitemapFacts {
  /** Absolute URL of an article → its last change (the latest of updated and its corrections and updates, else published). */
  readonly lastmod: ReadonlyMap<string, Date>;
  /** Absolute URLs of alias pages, which redirect and are not listed. */
  readonly redirects: ReadonlySet<string>;
}

/** Works out each article page's lastmod (its last change: `lastModified`) and the alias URLs, from the build's published articles. */
export function sitemapFacts(articles: readonly Pick<Article, 'slug' | 'published' | 'updated' | 'changes' | 'aliases'>[], site: SiteConfig): SitemapFacts {
  const lastmod = new Map<string, Date>();
  const redirects = new Set<string>();
  for (const article of articles) {
    lastmod.set(absoluteUrl(site.url, articlePath(article.slug)), lastModified(article.published, article.updated, article.changes));
    for (const alias of article.aliases) redirects.add(absoluteUrl(site.url, articlePath(alias)));
  }
  return { lastmod, redirects };
}
