import { join } from 'node:path';
import { searchDocument } from '../../lib/search/search-document.ts';
import type { SitePlan } from '../../lib/site-plan/site-plan.ts';
import { siteConfig } from '../../site.config.ts';
import { articleBodiesOnDemand, startRenderingBodies, type ArticleBodies } from '../markdown/article-bodies.ts';
import { startSearchIndex, type SearchIndexing } from '../search/search-index.ts';
import { drawMissingShareImages } from '../share-images/share-images.ts';
import { requireBuildSession } from './build-session.ts';

/** The work that runs beside the pages for one plan: bodies, and in a build the search index and the share images. */
export interface BackgroundWork {
  /** The plan the work is for (the dev server makes a new plan when content changes). */
  readonly planDigest: string;
  readonly bodies: ArticleBodies;
  /** Pagefind indexing the articles in its own process (builds only). */
  readonly search: SearchIndexing | undefined;
  /** Share images not yet cached being drawn on worker threads, resolving with how many (builds only). */
  readonly shareImages: Promise<number> | undefined;
}

/**
 * Starts, once per plan, the work that runs on other cores while this one renders pages:
 * article bodies rendered ahead on worker threads, the search index made by Pagefind, the
 * share images not yet cached drawn on worker threads. Called by the article route when it
 * lists its pages, before any page renders; the build's last step finishes the work
 * (src/build/session/build-integration.ts). On the dev server, bodies render on demand only.
 */
export function startBackgroundWork(plan: SitePlan): BackgroundWork {
  const session = requireBuildSession('background work');
  if (session.work?.planDigest === plan.digest) return session.work;
  if (session.command !== 'build') {
    session.work = { planDigest: plan.digest, bodies: articleBodiesOnDemand(plan, session), search: undefined, shareImages: undefined };
    return session.work;
  }
  const bodies = startRenderingBodies(plan, session);
  const slugs = plan.articles.map((article) => article.slug);
  const search = startSearchIndex(plan.searchShards, slugs, async (slug) => searchDocument(plan.index.bySlug.get(slug)!, await bodies.body(slug), siteConfig), {
    // Not in the output folder, which Astro owns until the build is done; moved there at the end.
    stagingDir: join(session.cacheDir, `pagefind-${process.pid}`),
    outDir: session.outDir,
  });
  const shareImages = drawMissingShareImages(plan, siteConfig, session.root);
  // Failures surface when the build's last step waits for the drawing; until then they must not crash it.
  shareImages.catch(() => undefined);
  session.work = { planDigest: plan.digest, bodies, search, shareImages };
  return session.work;
}

/** The bodies of `plan`'s articles: the background work's when it was started, else rendered on demand. */
export function articleBodies(plan: SitePlan): ArticleBodies {
  const session = requireBuildSession('article bodies');
  return session.work?.planDigest === plan.digest ? session.work.bodies : articleBodiesOnDemand(plan, session);
}
