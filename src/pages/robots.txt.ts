import type { APIRoute } from 'astro';
import { getPublishedContent } from '../build/site-plan/get-site-plan.ts';
import { buildNow } from '../data/build-time.ts';
import { newsArticles } from '../lib/sitemap/news-sitemap.ts';
import { robotsTxt } from '../lib/sitemap/robots.ts';
import { siteConfig } from '../site.config.ts';

/** robots.txt, naming the sitemaps by absolute URL: the news sitemap only when the build writes one (src/pages/[newsSitemap].xml.ts). */
export const GET: APIRoute = async () => {
  const { articles } = await getPublishedContent();
  const hasNewsSitemap = newsArticles(articles, buildNow).length > 0;
  return new Response(robotsTxt(siteConfig, hasNewsSitemap), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
