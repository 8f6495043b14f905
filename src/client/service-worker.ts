// The service worker, one file with no imports: the build strips its types and serves it as
// /sw.js, a classic script that calls startServiceWorker with the build's version
// (src/build/offline/service-worker-script.ts). Decision 0014; what it caches and why:
// docs/reading-offline.md. Page scripts import the saved cache's names from here.

/** Every cache of this site starts so: a new worker deletes only its own old ones. */
const CACHE_PREFIX = 'dispatch-';

/** Saved articles, never versioned: a new deployment keeps them until the reader removes them. */
export const SAVED_CACHE = 'dispatch-saved-v1';

/** The path under which a saved article's record (headline, date, when saved) is kept, followed by the article's path. */
export const SAVED_RECORDS = '/saved/records';

/** The page shown for anything not cached while offline. */
const OFFLINE_PAGE = '/offline/';

/** The pages precached on install, with the stylesheets and scripts they use. */
const SHELL_PAGES: readonly string[] = [OFFLINE_PAGE, '/saved/'];

/** How many entries each bounded cache keeps, the oldest going first. */
const LIMITS = { pages: 100, assets: 300, files: 100 } as const;

/** The names of one version's caches. */
export interface CacheNames {
  readonly shell: string;
  readonly pages: string;
  readonly assets: string;
  readonly files: string;
}

/** The caches of one version of the worker. */
export function cacheNames(version: string): CacheNames {
  return { shell: `${CACHE_PREFIX}shell-${version}`, pages: `${CACHE_PREFIX}pages-${version}`, assets: `${CACHE_PREFIX}assets-${version}`, files: `${CACHE_PREFIX}files-${version}` };
}

/** Whether `name` is a cache an older version left: ours, not current, and not the saved articles. */
export function isStaleCache(name: string, current: CacheNames): boolean {
  return name.startsWith(CACHE_PREFIX) && name !== SAVED_CACHE && !Object.values(current).includes(name);
}

/** The keys to delete so that at most `limit` remain: the oldest, since a cache lists its keys in the order they were put. */
export function overflow<T>(keys: readonly T[], limit: number): T[] {
  return keys.slice(0, Math.max(0, keys.length - limit));
}

/** How a request is answered: a page (network first), a hashed asset (cache first), another file of ours (network, then cache), or left to the browser. */
export type Route = 'page' | 'asset' | 'file' | 'none';

/** The route of a request, from what the worker sees of it. */
export function routeOf(request: { readonly method: string; readonly mode: string; readonly url: string; readonly headers: Headers }, origin: string): Route {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin || request.headers.has('range')) return 'none';
  if (request.mode === 'navigate') return 'page';
  return url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/pagefind/') ? 'asset' : 'file';
}

/** The same-origin stylesheets and scripts a page's HTML loads, as absolute URLs. */
export function pageAssets(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const link = tag.startsWith('<link');
    if (link && !/\brel="?stylesheet\b/.test(tag)) continue;
    const value = (link ? /\bhref="?([^"\s>]+)/ : /\bsrc="?([^"\s>]+)/).exec(tag)?.[1];
    if (value !== undefined) found.push(value);
  }
  return sameOrigin(found, pageUrl);
}

/** The modules a script imports, statically or not, by relative or root path, as absolute URLs. */
export function scriptImports(js: string, scriptUrl: string): string[] {
  return sameOrigin(
    [...js.matchAll(/\b(?:from|import)\s*\(?\s*["']((?:\.{1,2})?\/[^"']+)["']/g)].map((match) => match[1] ?? ''),
    scriptUrl,
  );
}

function sameOrigin(paths: readonly string[], base: string): string[] {
  const origin = new URL(base).origin;
  return paths.map((path) => new URL(path, base)).flatMap((url) => (url.origin === origin ? [url.href] : []));
}

interface WaitEvent {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchWaitEvent extends WaitEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

/** What the worker uses of its global scope (typed here: the project's DOM types have no worker scope). */
export interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  fetch(request: Request | string, init?: RequestInit): Promise<Response>;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: WaitEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchWaitEvent) => void): void;
}

/**
 * Starts the worker: the shell precached on install; the caches of older versions deleted on
 * activate; pages from the network first, kept as read (the last LIMITS.pages), and offline
 * the saved copy, else the read one (or the shell's own), else the offline page; hashed
 * assets from the cache first; anything else from the network, else from the cache.
 */
export function startServiceWorker(scope: WorkerScope, version: string): void {
  const names = cacheNames(version);
  const { caches, location } = scope;

  const keep = async (name: string, limit: number, request: Request, response: Response): Promise<void> => {
    const cache = await caches.open(name);
    await cache.put(request, response);
    for (const key of overflow(await cache.keys(), limit)) await cache.delete(key);
  };

  const precache = async (): Promise<void> => {
    const cache = await caches.open(names.shell);
    const queue = SHELL_PAGES.map((path) => new URL(path, location.origin).href);
    const seen = new Set<string>();
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await scope.fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await cache.put(url, response.clone());
      const type = response.headers.get('content-type') ?? '';
      if (type.includes('html')) queue.push(...pageAssets(await response.text(), url));
      else if (type.includes('javascript')) queue.push(...scriptImports(await response.text(), url));
    }
  };

  const cached = async (request: Request | string, cacheName?: string): Promise<Response | undefined> =>
    cacheName === undefined ? caches.match(request) : caches.match(request, { cacheName, ignoreSearch: true });

  const page = async (event: FetchWaitEvent): Promise<Response> => {
    try {
      const response = await scope.fetch(event.request);
      if (response.ok) event.waitUntil(keep(names.pages, LIMITS.pages, event.request, response.clone()));
      return response;
    } catch {
      for (const [request, name] of [
        [event.request, SAVED_CACHE],
        [event.request, names.pages],
        [event.request, names.shell],
        [OFFLINE_PAGE, names.shell],
      ] as const) {
        const hit = await cached(request, name);
        if (hit) return hit;
      }
      return Response.error();
    }
  };

  const asset = async (event: FetchWaitEvent): Promise<Response> => {
    const hit = await cached(event.request);
    if (hit) return hit;
    const response = await scope.fetch(event.request);
    if (response.ok) event.waitUntil(keep(names.assets, LIMITS.assets, event.request, response.clone()));
    return response;
  };

  const file = async (event: FetchWaitEvent): Promise<Response> => {
    try {
      const response = await scope.fetch(event.request);
      // Pictures, icons and the like; a script's own fetch (destination '') is not kept.
      if (response.ok && event.request.destination !== '') event.waitUntil(keep(names.files, LIMITS.files, event.request, response.clone()));
      return response;
    } catch (error) {
      const hit = await cached(event.request);
      if (hit) return hit;
      throw error;
    }
  };

  scope.addEventListener('install', (event) => event.waitUntil(precache().then(() => scope.skipWaiting())));
  scope.addEventListener('activate', (event) =>
    event.waitUntil(
      caches
        .keys()
        .then((keys) => Promise.all(keys.filter((name) => isStaleCache(name, names)).map((name) => caches.delete(name))))
        .then(() => scope.clients.claim()),
    ),
  );
  scope.addEventListener('fetch', (event) => {
    const route = routeOf(event.request, location.origin);
    if (route === 'page') event.respondWith(page(event));
    else if (route === 'asset') event.respondWith(asset(event));
    else if (route === 'file') event.respondWith(file(event));
  });
}
