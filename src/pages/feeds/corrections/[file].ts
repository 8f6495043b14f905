import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedContent } from '../../../build/site-plan/get-site-plan.ts';
import { siteWidePaths } from '../../../build/shards/split-routes.ts';
import { buildNow } from '../../../data/build-time.ts';
import { buildCorrectionsFeed } from '../../../lib/feeds/corrections-feed.ts';
import { FEED_FORMATS, type FeedFormat } from '../../../lib/feeds/feed-paths.ts';
import { renderFeed } from '../../../lib/feeds/render-feed.ts';
import { siteCorrections } from '../../../lib/trust/corrections-list.ts';
import { siteConfig } from '../../../site.config.ts';

interface Props {
  format: FeedFormat;
}

/** RSS, Atom and JSON Feed of the site's corrections (`/feeds/corrections/rss.xml`), beside /corrections/. */
export const getStaticPaths = (() =>
  siteWidePaths((Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({ params: { file: FEED_FORMATS[format].file }, props: { format } satisfies Props })))) satisfies GetStaticPaths;

/** One format of the corrections feed: the newest corrections dated by the build's clock, with the HTML the articles print. */
export const GET: APIRoute = async ({ props }) => {
  const { format } = props as Props;
  const content = await getPublishedContent();
  const feed = buildCorrectionsFeed({ site: siteConfig, now: buildNow, corrections: siteCorrections(content.articles, content.changeNotes) });
  return new Response(renderFeed(feed, format), { headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` } });
};
