import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../lib/article.ts';
import { forArticle } from '../../lib/for-article.ts';
import { shareCardContent } from '../../lib/share-image/share-card-content.ts';
import { SHARE_IMAGE_VARIANTS, shareImagePath, type ShareImageVariant } from '../../lib/share-image/share-image-variants.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import type { PlannedShareImage, PublishedContent } from '../../lib/site-plan/site-plan.ts';
import { batchesOf, runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';
import { createShareImageStore, type ShareImageStoreOptions } from './share-image-store.ts';
import type { ShareImageJob } from './share-image-worker.ts';

/** Where share images are cached (kept across builds; a test or benchmark may point elsewhere to start cold) and the fonts found. */
export function shareImageStoreOptions(root: string): ShareImageStoreOptions {
  return { cacheDir: process.env['DISPATCH_SHARE_IMAGE_CACHE'] ?? join(root, '.cache/share-images'), nodeModulesDir: join(root, 'node_modules') };
}

/** The PNG of one of an article's share images: from the cache, or drawn and cached (the dev server's way). */
export async function shareImagePng(article: Article, variant: ShareImageVariant, site: SiteConfig, root: string): Promise<Uint8Array<ArrayBuffer>> {
  const { png } = await createShareImageStore(shareImageStoreOptions(root)).image(shareCardContent(article, site), variant);
  return png;
}

/** Every share image a build publishes, for the site plan: each card's cache file and its path in the site. */
export function planShareImages(articles: readonly Article[], site: SiteConfig, root: string): PlannedShareImage[] {
  const store = createShareImageStore(shareImageStoreOptions(root));
  return articles.flatMap((article) => {
    const content = forArticle(article.file, 'share image', () => shareCardContent(article, site));
    return SHARE_IMAGE_VARIANTS.map((variant) => ({ slug: article.slug, variant: variant.file, cacheFile: store.fileFor(content, variant), sitePath: shareImagePath(article.slug, variant) }));
  });
}

/**
 * Draws, on worker threads, the planned share images not yet in the cache, while pages render
 * on this thread. Resolves with how many were drawn.
 */
export async function drawMissingShareImages(content: PublishedContent, site: SiteConfig, root: string): Promise<number> {
  const bySlug = new Map(content.articles.map((article) => [article.slug, article]));
  const variants = new Map(SHARE_IMAGE_VARIANTS.map((variant) => [variant.file, variant]));
  const missing: ShareImageJob[] = content.shareImages
    .filter((image) => !existsSync(image.cacheFile))
    .map((image) => {
      const article = bySlug.get(image.slug);
      const size = variants.get(image.variant);
      if (article === undefined || size === undefined) throw new Error(`share images: the plan names ${image.sitePath}, which no article or size of this build has`);
      return { content: shareCardContent(article, site), size, file: article.file };
    });
  if (missing.length === 0) return 0;
  await runInWorkers<ShareImageJob, boolean>(sourceWorkerUrl('src/build/share-images/share-image-worker.ts'), shareImageStoreOptions(root), batchesOf(missing, 20), availableParallelism());
  return missing.length;
}
