import { createHash } from 'node:crypto';

/**
 * A page's key for Astro's incremental build: a digest of everything the page prints, so
 * the page is rendered again exactly when something it shows changed (its own text, a
 * related story's headline, a neighbour, its picture's size) and restored otherwise.
 */
export function pageCacheKey(pageData: unknown): string {
  return createHash('sha256').update(JSON.stringify(pageData)).digest('base64url');
}

/**
 * Static paths with their incremental-build keys, for routes whose pages print only their
 * params and props (listing pages) and the site's frame (`frame`, see siteFrameKey): a page is
 * rendered again only when one of those changed.
 */
export function withCacheKeys<T extends { readonly params: unknown; readonly props?: unknown }>(frame: string, paths: readonly T[]): (T & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey({ frame, params: path.params, props: path.props }) }));
}
