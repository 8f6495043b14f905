import type { Article } from '../article.ts';
import { toZonedIso } from '../dates.ts';
import type { SiteConfig } from '../site-config.ts';
import { absoluteUrl } from '../urls.ts';
import { escapeHtml as escapeXml } from '../escape-html.ts';

/** Google News lists articles published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** Articles for the news sitemap: published in the two days up to `now`, no drafts, newest first. */
export function newsArticles(articles: readonly Article[], now: Date): Article[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  return articles
    .filter((a) => !a.draft && a.published.getTime() <= now.getTime() && a.published.getTime() > since)
    .sort((a, b) => b.published.getTime() - a.published.getTime());
}

/** A Google News sitemap: each recent article with the publication's name and language, its date and title. */
export function newsSitemapXml(articles: readonly Article[], site: SiteConfig, now: Date): string {
  const urls = newsArticles(articles, now).map(
    (a) => `  <url>
    <loc>${escapeXml(absoluteUrl(site.url, a.path))}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(site.title)}</news:name>
        <news:language>${escapeXml(site.language)}</news:language>
      </news:publication>
      <news:publication_date>${toZonedIso(a.published, site.timeZone)}</news:publication_date>
      <news:title>${escapeXml(a.title)}</news:title>
    </news:news>
  </url>
`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('')}</urlset>
`;
}
