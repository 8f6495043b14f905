import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../../lib/article.ts';
import { forArticle } from '../../lib/for-article.ts';
import { batchesOf, runInWorkers } from '../workers/worker-pool.ts';
import { shareCardContent } from '../../lib/share-image/share-card-content.ts';
import { createShareImageStore, type ShareImageStoreOptions } from './share-image-store.ts';
import { SHARE_IMAGE_VARIANTS, shareImagePath, type ShareImageVariant } from '../../lib/share-image/share-image-variants.ts';
import { needsShareImagePlan, planShareImages } from './publish-share-images.ts';
import type { ShareImageJob } from './share-image-worker.ts';
import { siteConfig } from '../../site.config.ts';

// Builds run from the project root (npm scripts, tests, benchmarks all do); this module is
// bundled, so files of ours are found from there, not from import.meta.url.
const root = process.cwd();

const options: ShareImageStoreOptions = {
  // Kept across builds; a test or benchmark may point it elsewhere to start cold.
  cacheDir: process.env['DISPATCH_SHARE_IMAGE_CACHE'] ?? join(root, '.cache/share-images'),
  nodeModulesDir: join(root, 'node_modules'),
};
const store = createShareImageStore(options);

/** The PNG of one of an article's share images: from the cache, or drawn once and cached (the dev server's way). */
export async function shareImagePng(article: Article, variant: ShareImageVariant): Promise<Uint8Array<ArrayBuffer>> {
  const { png } = await store.image(shareCardContent(article, siteConfig), variant);
  return png;
}

/**
 * Plans a build's share images once, from the first page rendered: those not in the cache
 * are drawn on worker threads while pages render, and every image is copied into the site
 * when the build is done (src/integrations/share-images.ts).
 */
export function startShareImages(articles: readonly Article[]): void {
  if (!needsShareImagePlan()) return;
  const jobs = articles.flatMap((article) => {
    const content = forArticle(article.file, 'share image', () => shareCardContent(article, siteConfig));
    return SHARE_IMAGE_VARIANTS.map((size) => ({ content, size, file: article.file, cacheFile: store.fileFor(content, size), sitePath: shareImagePath(article.slug, size) }));
  });
  const missing: ShareImageJob[] = jobs.filter((job) => !existsSync(job.cacheFile)).map(({ content, size, file }) => ({ content, size, file }));
  const drawing = missing.length === 0
    ? Promise.resolve(0)
    : runInWorkers<ShareImageJob, boolean>(pathToFileURL(join(root, 'src/build/share-images/share-image-worker.ts')), options, batchesOf(missing, 20), availableParallelism()).then(() => missing.length);
  planShareImages(jobs.map(({ cacheFile, sitePath }) => ({ cacheFile, sitePath })), drawing);
}
