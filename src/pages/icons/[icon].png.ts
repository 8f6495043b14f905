import type { APIRoute, GetStaticPaths } from 'astro';
import { renderAppIcon } from '../../build/offline/app-icons.ts';
import { requireBuildSession } from '../../build/session/build-session.ts';
import { siteWidePaths } from '../../build/shards/split-routes.ts';
import { APP_ICONS, type AppIcon } from '../../lib/offline/web-manifest.ts';

/** The manifest's icons, drawn from public/favicon.svg when the site is built: site-wide files, so a shard draws none. */
export const getStaticPaths = (() => siteWidePaths(APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } })))) satisfies GetStaticPaths;

/** One icon as PNG. */
export const GET: APIRoute<{ icon: AppIcon }> = ({ props }) => new Response(renderAppIcon(requireBuildSession('the app icons').root, props.icon), { headers: { 'Content-Type': 'image/png' } });
