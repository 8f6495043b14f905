import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap/robots.ts';
import { siteConfig } from '../site.config.ts';

/** robots.txt, naming both sitemaps by absolute URL. */
export const GET: APIRoute = () => new Response(robotsTxt(siteConfig), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
