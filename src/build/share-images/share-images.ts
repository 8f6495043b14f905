import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Article } from '../../lib/article.ts';
import { forArticle } from '../../lib/for-article.ts';
import { sectionCardContent, shareCardContent, type ShareCardContent } from '../../lib/share-image/share-card-content.ts';
import { drawingThreads } from '../../lib/share-image/drawing-threads.ts';
import { chooseShareCards, shareImageBudget } from '../../lib/share-image/share-image-budget.ts';
import { SHARE_IMAGE_VARIANTS, sectionShareImagePath, shareImagePath, type ShareCardKind, type ShareImageVariant } from '../../lib/share-image/share-image-variants.ts';
import { findSection, type Section, type SiteConfig } from '../../lib/site-config.ts';
import type { PlannedShareImage, PublishedContent } from '../../lib/site-plan/site-plan.ts';
import { namesInFolder } from '../output/names-in-folder.ts';
import { batchesOf, runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';
import { shareImageCacheFile, shareImageStoreOptions } from './share-image-cache.ts';
import { createShareImageStore } from './share-image-store.ts';
import type { ShareImageJob } from './share-image-worker.ts';

/** The PNG of one of an article's share images: from the cache, or drawn and cached (the dev server's way). */
export async function shareImagePng(article: Article, variant: ShareImageVariant, site: SiteConfig, root: string): Promise<Uint8Array<ArrayBuffer>> {
  const { png } = await createShareImageStore(shareImageStoreOptions(root)).image(shareCardContent(article, site), variant);
  return png;
}

/** The site plan's share-image parts: the cards a build publishes, and the articles shown with their section's card. */
export type ShareImagePlan = Pick<PublishedContent, 'shareImages' | 'sharedWithSectionCard' | 'shareImagesAhead'>;

/**
 * The share images of a build, for the site plan (`building`; elsewhere none: the dev server
 * draws each card when asked, so every article has its own). Every article whose card is
 * cached has it; of the newest articles within the budget (the site's `shareImageBudget`, or
 * DISPATCH_SHARE_IMAGE_BUDGET), those without one get theirs drawn in this build; the rest
 * show their section's card, drawn once per section, and the newest of them, as many as the
 * budget has left, are drawn ahead for the next build (`chooseShareCards`). Decided here,
 * once, so that every process that renders pages from the plan shows the same card, and no
 * page looks at the cache.
 */
export function planShareImages(articles: readonly Article[], site: SiteConfig, root: string, building: boolean): ShareImagePlan {
  if (!building) return { shareImages: [], sharedWithSectionCard: new Set(), shareImagesAhead: [] };
  const budget = shareImageBudget(site, process.env['DISPATCH_SHARE_IMAGE_BUDGET']);
  const options = shareImageStoreOptions(root);
  const store = createShareImageStore(options);
  const cardImages = (slug: string, content: ShareCardContent, card: ShareCardKind, path: (variant: ShareImageVariant) => string): PlannedShareImage[] =>
    SHARE_IMAGE_VARIANTS.map((variant) => ({ card, slug, variant: variant.file, cacheName: store.nameFor(content, variant), sitePath: path(variant) }));
  const own = new Map(
    articles.map((article) => {
      const content = forArticle(article.file, 'share image', () => shareCardContent(article, site));
      return [article.slug, cardImages(article.slug, content, 'article', (variant) => shareImagePath(article.slug, variant))];
    }),
  );
  const ownImages = (article: Article): PlannedShareImage[] => own.get(article.slug) ?? [];
  // The cache listed once: an archive asks for a hundred thousand cards.
  const cached = namesInFolder(options.cacheDir);
  const choice = chooseShareCards(articles, budget, (article) => ownImages(article).every((image) => cached.has(image.cacheName)));
  const sections = new Map<string, Section>(choice.waiting.map((article) => [article.section.slug, article.section]));
  const shareImages = [
    ...choice.own.flatMap(ownImages),
    ...[...sections.values()].flatMap((section) => cardImages(section.slug, sectionCardContent(section, site), 'section', (variant) => sectionShareImagePath(section.slug, variant))),
  ];
  return { shareImages, sharedWithSectionCard: new Set(choice.waiting.map((article) => article.slug)), shareImagesAhead: choice.drawAhead.flatMap(ownImages) };
}

/** Share images being drawn on worker threads beside the pages. */
export interface ShareImageDrawing {
  /** The cards this build publishes that were not drawn yet: resolves with how many, once all are. */
  readonly published: Promise<number>;
  /** The cards ahead (for the next build), drawn after those: resolves with how many were drawn, of how many this process was to draw, once all are or `stopAhead` was called. */
  readonly ahead: Promise<{ readonly drawn: number; readonly planned: number }>;
  /** Stops drawing the cards ahead: no new batch is started, the ones under way are finished. */
  stopAhead(): void;
}

// Cards ahead go to the threads a few at a time, so that stopping them waits for little.
const AHEAD_BATCH = 4;

/**
 * Draws, on worker threads, while pages render on this thread: the planned share images not
 * yet in the cache, then the plan's cards ahead (`shareImagesAhead`) until `stopAhead` is
 * called; only those whose site path `owns` says this process publishes (a shard's), by
 * default all.
 */
export function drawMissingShareImages(content: PublishedContent, site: SiteConfig, root: string, owns: (sitePath: string) => boolean = () => true): ShareImageDrawing {
  const options = shareImageStoreOptions(root);
  const bySlug = new Map(content.articles.map((article) => [article.slug, article]));
  const variants = new Map(SHARE_IMAGE_VARIANTS.map((variant) => [variant.file, variant]));
  const jobsFor = (images: readonly PlannedShareImage[]): ShareImageJob[] =>
    images
      .filter((image) => owns(image.sitePath) && !existsSync(shareImageCacheFile(options.cacheDir, image)))
      .map((image) => {
        const size = variants.get(image.variant);
        if (image.card === 'section') {
          const section = findSection(site, image.slug);
          if (section === undefined || size === undefined) throw new Error(`share images: the plan names ${image.sitePath}, which no section or size of this build has`);
          // A section's card is named after the site's config, which holds the section.
          return { content: sectionCardContent(section, site), size, file: 'src/site.config.ts' };
        }
        const article = bySlug.get(image.slug);
        if (article === undefined || size === undefined) throw new Error(`share images: the plan names ${image.sitePath}, which no article or size of this build has`);
        return { content: shareCardContent(article, site), size, file: article.file };
      });
  const workerUrl = sourceWorkerUrl(root, 'src/build/share-images/share-image-worker.ts');
  const draw = async (jobs: readonly ShareImageJob[], batch: number, cores: number, signal?: AbortSignal): Promise<number> => {
    let drawn = 0;
    await runInWorkers<ShareImageJob, boolean>(workerUrl, options, batchesOf(jobs, batch), drawingThreads(jobs.length, cores), (results) => (drawn += results.length), undefined, signal);
    return drawn;
  };
  // A pool with nothing to draw, or stopped before it starts, starts no thread. The pages keep
  // a core of their own: a drawing thread holds its fonts, layout engine and rasteriser, and a
  // second one beside the pages was what took a build of 10,000 articles near its memory
  // target, for no shorter build (decision 0032).
  const cores = Math.max(1, availableParallelism() - 1);
  const published = (async () => draw(jobsFor(content.shareImages), 20, cores))();
  // Ahead only once the published cards are drawn: those are what this build waits for.
  const stop = new AbortController();
  const ahead = published.then(async () => {
    const jobs = jobsFor(content.shareImagesAhead);
    // Cards ahead are drawn with the CPU the build leaves idle, on the same cores.
    return { drawn: await draw(jobs, AHEAD_BATCH, cores, stop.signal), planned: jobs.length };
  });
  // Failures surface when the build waits for the drawing; until then they must not crash it.
  published.catch(() => undefined);
  ahead.catch(() => undefined);
  return { published, ahead, stopAhead: () => stop.abort() };
}
