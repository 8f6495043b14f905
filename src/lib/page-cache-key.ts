import { createHash } from 'node:crypto';
import type { ArticleCardView } from './article-card.ts';
import type { SiteIndex } from './site-index.ts';

/**
 * A type JSON writes whole: no Map, Set or function anywhere inside (JSON writes a Map or a Set
 * as `{}` and leaves a function out, so two different values would give one key).
 */
export type WrittenWhole<T> = T extends ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> | ((...args: never[]) => unknown)
  ? never
  : T extends Date
    ? T
    : T extends object
      ? { readonly [K in keyof T]: WrittenWhole<T[K]> }
      : T;

/**
 * A page's key for Astro's incremental build: a digest of everything the page prints, so
 * the page is rendered again exactly when something it shows changed (its own text, a
 * related story's headline, a neighbour, its picture's size) and restored otherwise. Data the
 * compiler sees must be `WrittenWhole`, which spares a replacer (V8 calls one back for every
 * value); data it cannot see (a route's props) comes with the replacer that digests it, or
 * `undefined` said outright.
 */
export function pageCacheKey<T>(pageData: T & WrittenWhole<T>): string;
export function pageCacheKey(pageData: unknown, replacer: ((key: string, value: unknown) => unknown) | undefined): string;
export function pageCacheKey(pageData: unknown, replacer?: (key: string, value: unknown) => unknown): string {
  return createHash('sha256').update(JSON.stringify(pageData, replacer)).digest('base64url');
}

/** Slug → the digest of each card (`SiteIndex.cardKeys`): made once per plan, for the keys of every list page that shows the card. */
export function cardDigests(cards: ReadonlyMap<string, ArticleCardView>): Map<string, string> {
  return new Map([...cards].map(([slug, card]) => [slug, pageCacheKey(card)]));
}

/**
 * Static paths with their incremental-build keys, for routes whose pages print only their
 * params and props (listing pages) and the site's frame (`frame`, see siteFrameKey): a page is
 * rendered again only when one of those changed. A card of the site's (`cards`, the very object
 * `cardsOf` gives) is digested as its card's digest: an archive's list pages hold each article's
 * card several times over, and digesting every copy's text cost more than the rest of the keys.
 */
export function withCacheKeys<T extends { readonly params: unknown; readonly props?: unknown }>(
  frame: string,
  paths: readonly T[],
  cards?: Pick<SiteIndex, 'cards' | 'cardKeys'>,
): (T & { cacheKey: string })[] {
  const replacer = cards === undefined ? undefined : cardsAsDigests(cards);
  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey({ frame, params: path.params, props: path.props }, replacer) }));
}

// A site's card becomes its digest (equal digests, equal cards); any other object is digested as it is.
function cardsAsDigests({ cards, cardKeys }: Pick<SiteIndex, 'cards' | 'cardKeys'>): (key: string, value: unknown) => unknown {
  return (_key, value) => {
    if (typeof value !== 'object' || value === null || !('slug' in value) || typeof value.slug !== 'string' || cards.get(value.slug) !== value) return value;
    return { card: cardKeys.get(value.slug) };
  };
}

/** A replacer for `pageCacheKey` that digests a Map as its entries and a Set as its values (JSON would write both as `{}`, so that two different ones would give one key). */
export function mapsAsEntries(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}
