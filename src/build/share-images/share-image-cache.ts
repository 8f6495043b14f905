import { join } from 'node:path';
import type { PlannedShareImage } from '../../lib/site-plan/site-plan.ts';
import type { ShareImageStoreOptions } from './share-image-store.ts';

/** Where share images are cached (kept across builds; a test or benchmark may point elsewhere to start cold) and the fonts found. */
export function shareImageStoreOptions(root: string): ShareImageStoreOptions {
  return { cacheDir: process.env['DISPATCH_SHARE_IMAGE_CACHE'] ?? join(root, '.cache/share-images'), nodeModulesDir: join(root, 'node_modules') };
}

/** Where this process finds (or draws) a planned share image: its cache name in `cacheDir`, this machine's share-image cache (shareImageStoreOptions). */
export function shareImageCacheFile(cacheDir: string, image: Pick<PlannedShareImage, 'cacheName'>): string {
  return join(cacheDir, image.cacheName);
}
