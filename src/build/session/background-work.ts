import { join } from 'node:path';
import { searchDocument } from '../../lib/search/search-document.ts';
import { rendersFile } from '../../lib/shards/build-part.ts';
import { searchPartOwners } from '../../lib/shards/search-part-owners.ts';
import type { PublishedContent } from '../../lib/site-plan/site-plan.ts';
import { siteConfig } from '../../site.config.ts';
import { articleBodiesOnDemand, startRenderingBodies, type ArticleBodies } from '../markdown/article-bodies.ts';
import { startSearchIndex, type SearchIndexing } from '../search/search-index.ts';
import { drawMissingShareImages, type ShareImageDrawing } from '../share-images/share-images.ts';
import { requireBuildSession } from './build-session.ts';

/** The work that runs beside the pages for one plan: bodies, and in a build the search index and the share images. */
export interface BackgroundWork {
  /** The content the work is for (the dev server makes new content when files change). */
  readonly contentKey: string;
  readonly bodies: ArticleBodies;
  /** Pagefind indexing the articles in its own process (builds only). */
  readonly search: SearchIndexing | undefined;
  /** Share images not yet cached being drawn on worker threads, and the cards drawn ahead for the next build (builds only). */
  readonly shareImages: ShareImageDrawing | undefined;
}

/**
 * Starts, once per content, the work that runs on other cores while this one renders pages:
 * article bodies rendered ahead on worker threads, the search index made by Pagefind, the
 * share images not yet cached drawn on worker threads, then the cards ahead for the next
 * build. Called by the article route when it lists its pages, before any page renders; the
 * build's last step finishes the work (src/build/session/build-integration.ts). On the dev
 * server, bodies render on demand only.
 * A shard does its own share of the work: the bodies of its pages (`renderedArticles`, the
 * slugs whose pages this build renders) and of its parts of the search index, its share
 * images; the merge and the plan alone start none of it.
 */
export function startBackgroundWork(content: PublishedContent, renderedArticles: ReadonlySet<string>): BackgroundWork {
  const session = requireBuildSession('background work');
  if (session.work?.contentKey === content.contentKey) return session.work;
  const { part } = session;
  if (session.command !== 'build' || part.kind === 'merge' || part.kind === 'plan') {
    session.work = { contentKey: content.contentKey, bodies: articleBodiesOnDemand(content, session), search: undefined, shareImages: undefined };
    return session.work;
  }
  // A shard indexes the parts dealt to it, so that every shard has about as many articles to index.
  let searchShards = content.searchShards;
  if (part.kind === 'shard') {
    const owners = searchPartOwners(content.searchShards, part.count);
    searchShards = searchShards.filter((shard) => owners.get(shard.path) === part.index);
  }
  // The bodies this build needs: those of its pages and of its parts of the search index (in a
  // shard almost the same articles: an article's page goes with its part, but for a shard's
  // pages over an even share, src/lib/shards/search-part-owners.ts).
  const needed = new Set([...renderedArticles, ...searchShards.flatMap((shard) => shard.slugs)]);
  const sources = part.kind === 'whole' ? content.sources : new Map([...content.sources].filter(([slug]) => needed.has(slug)));
  const bodies = startRenderingBodies({ sources }, session);
  const bySlug = new Map(content.articles.map((article) => [article.slug, article]));
  const slugs = content.articles.map((article) => article.slug).filter((slug) => needed.has(slug));
  const search = startSearchIndex(searchShards, slugs, async (slug) => searchDocument(bySlug.get(slug)!, await bodies.body(slug), siteConfig), {
    // Not in the output folder, which Astro owns until the build is done; moved there at the end.
    stagingDir: join(session.cacheDir, `pagefind-${process.pid}`),
    outDir: session.outDir,
  });
  const shareImages = drawMissingShareImages(content, siteConfig, session.root, (sitePath) => rendersFile(part, sitePath));
  session.work = { contentKey: content.contentKey, bodies, search, shareImages };
  return session.work;
}

/** The bodies of the published articles: the background work's when it was started, else rendered on demand. */
export function articleBodies(content: Pick<PublishedContent, 'contentKey' | 'sources'>): ArticleBodies {
  const session = requireBuildSession('article bodies');
  return session.work?.contentKey === content.contentKey ? session.work.bodies : articleBodiesOnDemand(content, session);
}
