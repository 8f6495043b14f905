import type { APIRoute } from 'astro';
import { getPublishedArticles } from '../data/articles.ts';
import { buildNow } from '../data/build-time.ts';
import { newsSitemapXml } from '../lib/sitemap/news-sitemap.ts';
import { siteConfig } from '../site.config.ts';

/** The Google News sitemap: articles of the two days before the build. */
export const GET: APIRoute = async () => {
  const published = await getPublishedArticles();
  const xml = newsSitemapXml(published.map(({ article }) => article), siteConfig, buildNow);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
