import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedContent } from '../build/site-plan/get-site-plan.ts';
import { siteWidePaths } from '../build/shards/split-routes.ts';
import { aliasRedirects, redirectsFile } from '../lib/redirects/alias-redirects.ts';

// `_redirects` for hosts that read it (Netlify, Cloudflare Pages). A file named
// src/pages/_redirects.ts would be skipped by Astro (a leading `_` hides a route), so the
// name comes in as a parameter.
/** One file, named `_redirects`. */
export const getStaticPaths = (() => siteWidePaths([{ params: { redirects: '_redirects' } }])) satisfies GetStaticPaths;

/** Every alias as `/articles/old/ /articles/new/ 301`. */
export const GET: APIRoute = async () => {
  const { articles } = await getPublishedContent();
  return new Response(redirectsFile(aliasRedirects(articles)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
