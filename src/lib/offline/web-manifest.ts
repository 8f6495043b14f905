import type { HeadTag } from '../seo/head-tags.ts';
import type { SiteConfig } from '../site-config.ts';

/** Where the web app manifest is served. */
export const MANIFEST_PATH = '/manifest.webmanifest';

/** The page background of each theme (site.css's --color-background): the browser's bars and the splash screen match the page. */
export const THEME_COLOURS = { light: '#ffffff', dark: '#121212' } as const;

/** One icon drawn from the site's mark (public/favicon.svg) at build time. */
export interface AppIcon {
  /** File name under /icons/, without `.png`. */
  readonly name: string;
  readonly size: number;
  /** `maskable`: full-bleed, the mark kept inside the safe zone, for launchers that cut their own shape. */
  readonly purpose: 'any' | 'maskable';
}

/** The icons the manifest lists: Chromium installs a site with a 144 px or larger `any` icon; Android's launchers prefer 192 and 512. */
export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'icon-maskable-512', size: 512, purpose: 'maskable' },
];

/** The site path of an icon. */
function appIconPath(icon: AppIcon): string {
  return `/icons/${icon.name}.png`;
}

/** A web app manifest, as the W3C Web Application Manifest names its members. */
export interface WebManifest {
  readonly id: string;
  readonly name: string;
  readonly short_name: string;
  readonly description: string;
  readonly lang: string;
  readonly dir: 'ltr';
  readonly start_url: string;
  readonly scope: string;
  readonly display: 'standalone';
  readonly background_color: string;
  readonly theme_color: string;
  readonly icons: readonly { readonly src: string; readonly sizes: string; readonly type: 'image/png'; readonly purpose: AppIcon['purpose'] }[];
}

/**
 * The site's manifest, from its config: installed, the site opens at its front page in a
 * window of its own, named by its title. Colours are the light theme's (a manifest has one
 * of each); the dark theme's reach the browser through the theme-color metas.
 */
export function webManifest(site: SiteConfig): WebManifest {
  return {
    id: '/',
    name: site.title,
    short_name: site.title,
    description: site.tagline,
    lang: site.language,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: THEME_COLOURS.light,
    theme_color: THEME_COLOURS.light,
    icons: APP_ICONS.map((icon) => ({ src: appIconPath(icon), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}

/** The head tags every page carries for installing: the manifest, and the browser's bar colour for each system theme. */
export const APP_HEAD_TAGS: readonly HeadTag[] = [
  { tag: 'link', attributes: { rel: 'manifest', href: MANIFEST_PATH } },
  { tag: 'meta', attributes: { name: 'theme-color', content: THEME_COLOURS.light, media: '(prefers-color-scheme: light)' } },
  { tag: 'meta', attributes: { name: 'theme-color', content: THEME_COLOURS.dark, media: '(prefers-color-scheme: dark)' } },
];
