import { absoluteUrl } from '../urls.ts';
import type { SiteConfig } from '../site-config.ts';
import { isolateBidi } from '../text/bidi.ts';
import { openGraphTags, type SocialImage } from './open-graph.ts';

/** One element of a page's `<head>`, as data: rendered by the one SeoHead component. */
export type HeadTag =
  | { readonly tag: 'title'; readonly content: string }
  | { readonly tag: 'meta'; readonly attributes: Readonly<Record<string, string>> }
  | { readonly tag: 'link'; readonly attributes: Readonly<Record<string, string>> }
  /** Structured data: `json` is already serialised so that nothing in it can end the script. */
  | { readonly tag: 'script'; readonly type: 'application/ld+json'; readonly json: string };

/** What any page says about itself. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /**
   * Site-relative path of the page, with its trailing slash. Absent for a page served at
   * whatever address was asked for (the 404 page): it has no canonical URL and no og:url,
   * and asks robots not to index it.
   */
  readonly path?: string | undefined;
  /** The picture the page is shared with; the site's default share image when absent. */
  readonly image?: SocialImage | undefined;
  /** `article` on article pages; `website`, the default, everywhere else. */
  readonly type?: 'website' | 'article';
  /** The language of the page's content (BCP 47) when it is not the site's: an article in Arabic. */
  readonly locale?: string | undefined;
}

/**
 * The head tags every page has: title, description, canonical URL, referrer policy and Open
 * Graph basics. The page's own title is isolated from the site's name after it, so a
 * headline in a right-to-left script, or with a stray override, cannot reorder it.
 */
export function pageHeadTags(page: PageMeta, site: SiteConfig): HeadTag[] {
  const title = page.title === site.title ? site.title : `${isolateBidi(page.title)} | ${site.title}`;
  return [
    { tag: 'title', content: title },
    { tag: 'meta', attributes: { name: 'description', content: page.description } },
    page.path === undefined ? { tag: 'meta', attributes: { name: 'robots', content: 'noindex' } } : { tag: 'link', attributes: { rel: 'canonical', href: absoluteUrl(site.url, page.path) } },
    { tag: 'meta', attributes: { name: 'referrer', content: 'strict-origin-when-cross-origin' } },
    ...openGraphTags({ type: page.type ?? 'website', title: page.title, description: page.description, path: page.path, image: page.image, locale: page.locale }, site),
  ];
}
