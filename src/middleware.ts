import { defineMiddleware } from 'astro:middleware';
import { currentBuildSession } from './build/session/build-session.ts';

/**
 * Hands every page a build renders to the pre-compression running beside the pages
 * (src/build/output/precompress-ahead.ts), with the file Astro writes it to: `/a/b/` is
 * `a/b/index.html` (build.format `directory`). Anything else (the dev server, an endpoint, a
 * redirect, a page of a build that writes no siblings) passes untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const ahead = context.isPrerendered ? currentBuildSession()?.precompressAhead : undefined;
  if (ahead === undefined || response.status !== 200 || response.body === null || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const path = pageFileOf(context.url.pathname);
  if (path === undefined) return response;
  // A copy of the body: the response itself goes on to Astro as it came.
  ahead.offer(path, await response.clone().arrayBuffer());
  return response;
});

/** The output file of a page's pathname (`/a/b/` → `a/b/index.html`), or undefined when it is not a folder's page. */
function pageFileOf(pathname: string): string | undefined {
  if (!pathname.endsWith('/')) return undefined;
  try {
    return `${decodeURIComponent(pathname).slice(1)}index.html`;
  } catch {
    return undefined;
  }
}
