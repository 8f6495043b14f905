import type { AliasRedirect } from '../redirects/alias-redirects.ts';
import { FEED_FORMATS } from '../feeds/feed-paths.ts';
import { headerPolicy } from '../seo/content-security-policy.ts';

/** One response header, as sent. */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

/** `Cache-Control` for every path that starts with `prefix`. */
export interface CacheRule {
  readonly prefix: string;
  readonly cacheControl: string;
}

/** The media type of every path that ends with `suffix` (beyond what servers already know). */
export interface TypeRule {
  readonly suffix: string;
  /** With `; charset=utf-8` for text. */
  readonly contentType: string;
}

/** A permanent redirect of one exact path. */
export interface RedirectRule {
  readonly from: string;
  readonly to: string;
  readonly status: 301;
}

/**
 * How the built site is to be served, as plain data: the one source from which the build
 * writes `_headers`, `_redirects`, `_deploy/nginx.conf`, `_deploy/Caddyfile` and
 * `_deploy/serving-rules.json` (which `npm start` applies), so no server's rules are ever kept
 * by hand (docs/deploying.md).
 */
export interface ServingRules {
  /** The site's public origin, e.g. `https://dispatch.example` (the server name). */
  readonly origin: string;
  /** Headers on every response, pages, files and the 404 alike. */
  readonly headers: readonly HeaderField[];
  /** First matching prefix wins; `defaultCacheControl` for everything else. */
  readonly cache: readonly CacheRule[];
  readonly defaultCacheControl: string;
  /** First matching suffix wins; servers' own lists cover the rest (HTML, CSS, JS, PNG …). */
  readonly types: readonly TypeRule[];
  /** Every alias, with and without its trailing slash, to the live page: one hop. */
  readonly redirects: readonly RedirectRule[];
  /** `always`: a folder's path without its `/` is redirected to the path with it. */
  readonly trailingSlash: 'always';
  /** Served with status 404 for every path the site does not have. */
  readonly notFoundPage: string;
  /** Files in the output folder that are meant for the host, never for readers: answered 404. */
  readonly hidden: readonly string[];
  /** Files whose `.br` and `.gz` siblings the build writes, by suffix, and the encodings written. */
  readonly precompressed: { readonly encodings: readonly ('br' | 'gzip')[]; readonly suffixes: readonly string[] };
}

/** What the rules are made from: the site's origin, its policy and the aliases of its articles. */
export interface ServingRulesInput {
  readonly origin: string;
  /** The page policy (the one in every page's `<meta>`), without `frame-ancestors`. */
  readonly contentSecurityPolicy: string;
  readonly redirects: readonly AliasRedirect[];
}

// Names whose files change whenever their content does: `_astro/` is Vite's hashed bundles;
// each search part's folder is named by a digest of everything in it (src/lib/search/search-shards.ts).
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Pages, feeds, sitemaps and share cards keep their URLs when they change: revalidated each time.
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Folder files that readers never need: the host's own files and these configs. */
export const HIDDEN_FILES: readonly string[] = ['/_headers', '/_redirects', '/_deploy/'];

/** Suffixes of the text files that the build writes pre-compressed (already compressed formats are left out). */
export const PRECOMPRESSED_SUFFIXES: readonly string[] = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest'];

/** Security headers beside the Content-Security-Policy (Mozilla Observatory's rules, and COOP). */
export const SECURITY_HEADERS: readonly HeaderField[] = [
  { name: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { name: 'X-Frame-Options', value: 'DENY' },
  { name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { name: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** The site's serving rules, from its origin, policy and aliases. */
export function servingRules(input: ServingRulesInput): ServingRules {
  const feedTypes = Object.values(FEED_FORMATS).map(({ file, type }) => ({ suffix: `/${file}`, contentType: `${type}; charset=utf-8` }));
  return {
    origin: input.origin,
    headers: [{ name: 'Content-Security-Policy', value: headerPolicy(input.contentSecurityPolicy) }, ...SECURITY_HEADERS],
    cache: [
      { prefix: '/_astro/', cacheControl: IMMUTABLE },
      { prefix: '/pagefind/', cacheControl: IMMUTABLE },
    ],
    defaultCacheControl: REVALIDATE,
    types: [...feedTypes, { suffix: '.webmanifest', contentType: 'application/manifest+json; charset=utf-8' }, { suffix: '.xml', contentType: 'application/xml; charset=utf-8' }],
    redirects: input.redirects.flatMap(({ from, to }) => {
      const bare = from.endsWith('/') ? from.slice(0, -1) : undefined;
      return [{ from, to, status: 301 as const }, ...(bare ? [{ from: bare, to, status: 301 as const }] : [])];
    }),
    trailingSlash: 'always',
    notFoundPage: '/404.html',
    hidden: HIDDEN_FILES,
    precompressed: { encodings: ['br', 'gzip'], suffixes: PRECOMPRESSED_SUFFIXES },
  };
}

/** The `Cache-Control` of a site path under `rules`. */
export function cacheControlOf(rules: ServingRules, path: string): string {
  return rules.cache.find(({ prefix }) => path.startsWith(prefix))?.cacheControl ?? rules.defaultCacheControl;
}

/** The media type `rules` set for a site path, or undefined where the server's own list applies. */
export function contentTypeOf(rules: ServingRules, path: string): string | undefined {
  return rules.types.find(({ suffix }) => path.endsWith(suffix))?.contentType;
}

/** Whether a site path is one of the host's own files, answered 404. */
export function isHidden(rules: ServingRules, path: string): boolean {
  return rules.hidden.some((hidden) => (hidden.endsWith('/') ? path.startsWith(hidden) : path === hidden));
}
