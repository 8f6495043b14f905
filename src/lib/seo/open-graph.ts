import type { SiteConfig } from '../site-config.ts';
import { isolateBidi } from '../text/bidi.ts';
import { absoluteUrl } from '../urls.ts';
import type { HeadTag } from './head-tags.ts';
import { DEFAULT_SHARE_IMAGE, defaultShareImageAlt } from './site-images.ts';

/** A picture a page is shared with: an absolute URL, and its size when known. */
export interface SocialImage {
  readonly url: string;
  readonly width?: number;
  readonly height?: number;
  readonly alt: string;
}

/** What Open Graph needs to know of a page. */
export interface OpenGraphPage {
  readonly type: 'website' | 'article';
  readonly title: string;
  readonly description: string;
  /** Site-relative path, with its trailing slash; absent for a page with no address of its own (no og:url then). */
  readonly path?: string | undefined;
  readonly image?: SocialImage | undefined;
  /** The content's language when not the site's (BCP 47). */
  readonly locale?: string | undefined;
}

/** Open Graph's `language_TERRITORY` form of a BCP 47 tag: `en-GB` → `en_GB`, `ar` → `ar_EG` (its likeliest territory). */
export function openGraphLocale(locale: string): string {
  // A language and a territory already (the site's own locale, on every page): Intl would give the same.
  if (/^[a-z]{2,3}-[A-Z]{2}$/.test(locale)) return locale.replace('-', '_');
  const likely = new Intl.Locale(locale).maximize();
  return likely.region === undefined ? likely.language : `${likely.language}_${likely.region}`;
}

/** The site's default share image, for pages without a picture of their own. */
export function defaultSocialImage(site: SiteConfig): SocialImage {
  return { url: absoluteUrl(site.url, DEFAULT_SHARE_IMAGE.path), width: DEFAULT_SHARE_IMAGE.width, height: DEFAULT_SHARE_IMAGE.height, alt: defaultShareImageAlt(site) };
}

/**
 * Open Graph and Twitter card tags: how a link to the page looks when shared. The title is
 * isolated (see `isolateBidi`): scrapers print it beside the site's name. The picture's
 * description goes to X too, which reads no `og:image:alt`.
 */
export function openGraphTags(page: OpenGraphPage, site: SiteConfig): HeadTag[] {
  const image = page.image ?? defaultSocialImage(site);
  const property = (name: string, content: string): HeadTag => ({ tag: 'meta', attributes: { property: name, content } });
  return [
    property('og:type', page.type),
    property('og:site_name', site.title),
    property('og:locale', openGraphLocale(page.locale ?? site.locale)),
    property('og:title', isolateBidi(page.title)),
    property('og:description', page.description),
    ...(page.path === undefined ? [] : [property('og:url', absoluteUrl(site.url, page.path))]),
    property('og:image', image.url),
    ...(image.width === undefined ? [] : [property('og:image:width', String(image.width))]),
    ...(image.height === undefined ? [] : [property('og:image:height', String(image.height))]),
    property('og:image:alt', image.alt),
    // X reads og: tags for everything but the card's kind and the picture's description.
    { tag: 'meta', attributes: { name: 'twitter:card', content: 'summary_large_image' } },
    { tag: 'meta', attributes: { name: 'twitter:image:alt', content: image.alt } },
  ];
}
