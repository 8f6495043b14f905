import type { APIRoute, GetStaticPaths } from 'astro';
import { articleBodies } from '../../build/session/background-work.ts';
import { getPublishedContent } from '../../build/site-plan/get-site-plan.ts';
import { siteWidePaths } from '../../build/shards/split-routes.ts';
import { buildNow } from '../../data/build-time.ts';
import { articlesInFeed, articlesOfFeedScope, buildFeed } from '../../lib/feeds/build-feed.ts';
import { FEED_FORMATS, feedPath, workTypeFeedPath, type FeedFormat } from '../../lib/feeds/feed-paths.ts';
import { renderFeed } from '../../lib/feeds/render-feed.ts';
import type { Section } from '../../lib/site-config.ts';
import type { WorkType } from '../../lib/trust/work-type.ts';
import { siteConfig } from '../../site.config.ts';

interface Props {
  format: FeedFormat;
  section?: Section;
  workType?: WorkType;
}

/** RSS, Atom and JSON Feed for the whole site (`/feeds/rss.xml`), each section (`/feeds/world/rss.xml`) and each kind of work with articles (`/feeds/type/opinion/rss.xml`). */
export const getStaticPaths = (async () => {
  const formats = Object.keys(FEED_FORMATS) as FeedFormat[];
  const scopes: (Section | undefined)[] = [undefined, ...siteConfig.sections];
  const paths = scopes.flatMap((section) =>
    formats.map((format) => ({
      params: { feed: feedPath(format, section?.slug).replace(/^\/feeds\//, '') },
      props: (section === undefined ? { format } : { format, section }) satisfies Props,
    })),
  );
  // As the type pages: only the kinds of work the site has, so each feed's home page exists.
  const types = (await getPublishedContent()).index.workTypes.map((group) => group.type);
  const typePaths = types.flatMap((workType) =>
    formats.map((format) => ({ params: { feed: workTypeFeedPath(format, workType).replace(/^\/feeds\//, '') }, props: { format, workType } satisfies Props })),
  );
  return siteWidePaths([...paths, ...typePaths]);
}) satisfies GetStaticPaths;

/** One feed, in one format, of the latest articles published by the build's clock. */
export const GET: APIRoute = async ({ props }) => {
  const { format, section, workType } = props as Props;
  const plan = await getPublishedContent();
  const bodies = articleBodies(plan);
  // Choose the feed's articles first, so only their bodies are awaited.
  const choice = { now: buildNow, section, workType };
  const chosen = articlesInFeed(articlesOfFeedScope(plan.index, choice), choice);
  const articles = await Promise.all(chosen.map(async (article) => ({ article, html: await bodies.body(article.slug) })));
  const feed = buildFeed({ site: siteConfig, now: buildNow, articles, section, workType, sharedWithSectionCard: plan.sharedWithSectionCard });
  return new Response(renderFeed(feed, format), { headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` } });
};
