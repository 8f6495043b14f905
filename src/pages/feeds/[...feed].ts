import type { APIRoute, GetStaticPaths } from 'astro';
import { articleBodies } from '../../build/session/background-work.ts';
import { getPublishedContent } from '../../build/site-plan/get-site-plan.ts';
import { siteWidePaths } from '../../build/shards/split-routes.ts';
import { buildNow } from '../../data/build-time.ts';
import { buildFeed, feedArticles } from '../../lib/feeds/build-feed.ts';
import { FEED_FORMATS, feedPath, type FeedFormat } from '../../lib/feeds/feed-paths.ts';
import { renderFeed } from '../../lib/feeds/render-feed.ts';
import type { Section } from '../../lib/site-config.ts';
import { siteConfig } from '../../site.config.ts';

interface Props {
  format: FeedFormat;
  section?: Section;
}

/** RSS, Atom and JSON Feed for the whole site (`/feeds/rss.xml`) and for each section (`/feeds/world/rss.xml`). */
export const getStaticPaths = (() => {
  const formats = Object.keys(FEED_FORMATS) as FeedFormat[];
  const scopes: (Section | undefined)[] = [undefined, ...siteConfig.sections];
  const paths = scopes.flatMap((section) =>
    formats.map((format) => ({
      params: { feed: feedPath(format, section?.slug).replace(/^\/feeds\//, '') },
      props: (section === undefined ? { format } : { format, section }) satisfies Props,
    })),
  );
  return siteWidePaths(paths);
}) satisfies GetStaticPaths;

/** One feed, in one format, of the latest articles published by the build's clock. */
export const GET: APIRoute = async ({ props }) => {
  const { format, section } = props as Props;
  const plan = await getPublishedContent();
  const bodies = articleBodies(plan);
  // Choose the feed's articles first, so only their bodies are awaited.
  const chosen = feedArticles({ site: siteConfig, now: buildNow, articles: plan.articles.map((article) => ({ article, html: '' })), section });
  const articles = await Promise.all(chosen.map(async ({ article }) => ({ article, html: await bodies.body(article.slug) })));
  const feed = buildFeed({ site: siteConfig, now: buildNow, articles, section, sharedWithSectionCard: plan.sharedWithSectionCard });
  return new Response(renderFeed(feed, format), { headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` } });
};
