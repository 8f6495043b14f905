import type { SiteConfig } from '../site-config.ts';

/** A picture the site ships in `public/`, with its pixel size. */
export interface SiteImage {
  /** Site-relative path. */
  readonly path: string;
  readonly width: number;
  readonly height: number;
}

/**
 * What pages without a picture of their own are shared with: a 1200×630 card with the
 * site's name, made by `scripts/site-images.ts` into `public/`.
 */
export const DEFAULT_SHARE_IMAGE: SiteImage = { path: '/images/share-default.png', width: 1200, height: 630 };

/** The publisher's logo for structured data: square and at least 112 pixels a side, as Google asks. */
export const PUBLISHER_LOGO: SiteImage = { path: '/images/logo.png', width: 512, height: 512 };

/** How the default share image is described to readers who cannot see it. */
export function defaultShareImageAlt(site: SiteConfig): string {
  return `${site.title}: ${site.tagline}`;
}
