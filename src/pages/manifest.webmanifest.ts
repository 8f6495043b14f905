import type { APIRoute } from 'astro';
import { webManifest } from '../lib/offline/web-manifest.ts';
import { siteConfig } from '../site.config.ts';

/** The web app manifest, which makes the site installable: name, colours and icons from the site's config and mark. */
export const GET: APIRoute = () => new Response(`${JSON.stringify(webManifest(siteConfig), null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
