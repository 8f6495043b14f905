import type { Article } from '../article.ts';
import { parseArticleDate } from '../dates.ts';
import type { SiteConfig } from '../site-config.ts';
import { absoluteUrl, articlePath } from '../urls.ts';

/** The front-matter fields the sitemap needs of an article, as written. */
export interface SitemapSource {
  readonly slug: string;
  readonly date: string;
  readonly updated?: string | undefined;
  readonly aliases?: readonly string[] | undefined;
}

/** What the sitemap needs to know: when each article page last changed, and which URLs only redirect. */
export interface SitemapFacts {
  /** Absolute URL of an article → its last change (updated, else published). */
  readonly lastmod: ReadonlyMap<string, Date>;
  /** Absolute URLs of alias pages, which redirect and are not listed. */
  readonly redirects: ReadonlySet<string>;
}

/** Works out each article page's lastmod and the alias URLs, from validated front matter. */
export function sitemapFacts(sources: readonly SitemapSource[], site: SiteConfig): SitemapFacts {
  const lastmod = new Map<string, Date>();
  const redirects = new Set<string>();
  for (const source of sources) {
    const parsed = parseArticleDate(source.updated ?? source.date, site.timeZone);
    if (parsed.ok) lastmod.set(absoluteUrl(site.url, articlePath(source.slug)), parsed.date);
    for (const alias of source.aliases ?? []) redirects.add(absoluteUrl(site.url, articlePath(alias)));
  }
  return { lastmod, redirects };
}

/** The same facts from the build's own published articles, already parsed: no file is read again. */
export function sitemapFactsOfArticles(articles: readonly Pick<Article, 'slug' | 'published' | 'updated' | 'aliases'>[], site: SiteConfig): SitemapFacts {
  const lastmod = new Map<string, Date>();
  const redirects = new Set<string>();
  for (const article of articles) {
    lastmod.set(absoluteUrl(site.url, articlePath(article.slug)), article.updated ?? article.published);
    for (const alias of article.aliases) redirects.add(absoluteUrl(site.url, articlePath(alias)));
  }
  return { lastmod, redirects };
}
