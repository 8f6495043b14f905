import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedContent } from '../build/site-plan/get-site-plan.ts';
import { siteWidePaths } from '../build/shards/split-routes.ts';
import { buildNow } from '../data/build-time.ts';
import { NEWS_SITEMAP_PATH, newsSitemapXml } from '../lib/sitemap/news-sitemap.ts';
import { siteConfig } from '../site.config.ts';

// `/news-sitemap.xml`, when an article is recent enough to be in it. A file named
// news-sitemap.xml.ts would always be written, and an empty news sitemap is invalid, so the
// name comes in as a parameter and there is no page at all when no article is listed.
/** The news sitemap's one path, or none. */
export const getStaticPaths = (async () => {
  const { articles } = await getPublishedContent();
  const xml = newsSitemapXml(articles, siteConfig, buildNow);
  return siteWidePaths(xml === undefined ? [] : [{ params: { newsSitemap: NEWS_SITEMAP_PATH.replace(/^\/|\.xml$/g, '') }, props: { xml } }]);
}) satisfies GetStaticPaths;

/** The Google News sitemap: articles of the two days before the build. */
export const GET: APIRoute = ({ props }) => new Response((props as { xml: string }).xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
