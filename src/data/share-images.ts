import { join } from 'node:path';
import type { Article } from '../lib/article.ts';
import { shareCardContent } from '../lib/share-image/share-card-content.ts';
import { createShareImageStore } from '../lib/share-image/share-image-store.ts';
import type { ShareImageVariant } from '../lib/share-image/share-image-variants.ts';
import { siteConfig } from '../site.config.ts';

// Builds run from the project root (npm scripts, tests, benchmarks all do).
const root = process.cwd();

const store = createShareImageStore({
  // Kept across builds; a test or benchmark may point it elsewhere to start cold.
  cacheDir: process.env['DISPATCH_SHARE_IMAGE_CACHE'] ?? join(root, '.cache/share-images'),
  nodeModulesDir: join(root, 'node_modules'),
});

/** The PNG of one of an article's share images: from the cache, or drawn once and cached. */
export async function shareImagePng(article: Article, variant: ShareImageVariant): Promise<Uint8Array<ArrayBuffer>> {
  const { png } = await store.image(shareCardContent(article, siteConfig), variant);
  return png;
}
