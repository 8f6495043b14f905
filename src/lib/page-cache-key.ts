import { createHash } from 'node:crypto';

/**
 * A page's key for Astro's incremental build: a digest of everything the page prints, so
 * the page is rendered again exactly when something it shows changed (its own text, a
 * related story's headline, a neighbour, its picture's size) and restored otherwise.
 */
export function pageCacheKey(pageData: unknown): string {
  return createHash('sha256').update(JSON.stringify(pageData)).digest('base64url');
}
