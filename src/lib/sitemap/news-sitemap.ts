import type { Article } from '../article.ts';
import type { SiteConfig } from '../site-config.ts';
import { balanceBidiControls } from '../text/bidi.ts';
import { absoluteUrl } from '../urls.ts';
import { xmlText } from './xml-text.ts';

/** Google News lists articles published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** The most articles one news sitemap may list (Google News reads no more). */
export const NEWS_SITEMAP_LIMIT = 1000;

/** Site-relative path of the news sitemap, when there is one. */
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

/** Articles for the news sitemap: published in the two days up to `now`, no drafts, newest first, at most 1,000. */
export function newsArticles(articles: readonly Article[], now: Date): Article[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  return articles
    .filter((a) => !a.draft && a.published.getTime() <= now.getTime() && a.published.getTime() > since)
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .slice(0, NEWS_SITEMAP_LIMIT);
}

/**
 * A Google News sitemap: each recent article with the publication's name and language, its
 * date and title. Undefined when no article is recent enough: Google's schema wants at
 * least one `<url>`, so then there is no file, and robots.txt names none.
 */
export function newsSitemapXml(articles: readonly Article[], site: SiteConfig, now: Date): string | undefined {
  const recent = newsArticles(articles, now);
  if (recent.length === 0) return undefined;
  const urls = recent.map(
    (a) => `  <url>
    <loc>${xmlText(absoluteUrl(site.url, a.path))}</loc>
    <news:news>
      <news:publication>
        <news:name>${xmlText(site.title)}</news:name>
        <news:language>${xmlText(site.language)}</news:language>
      </news:publication>
      <news:publication_date>${a.publishedAt.iso}</news:publication_date>
      <news:title>${xmlText(balanceBidiControls(a.title))}</news:title>
    </news:news>
  </url>
`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('')}</urlset>
`;
}
