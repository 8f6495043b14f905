import { absoluteUrl } from '../urls.ts';
import type { SiteConfig } from '../site-config.ts';

/** One element of a page's `<head>`, as data: rendered by the one SeoHead component. */
export type HeadTag =
  | { readonly tag: 'title'; readonly content: string }
  | { readonly tag: 'meta'; readonly attributes: Readonly<Record<string, string>> }
  | { readonly tag: 'link'; readonly attributes: Readonly<Record<string, string>> };

/** What any page says about itself. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** Site-relative path of the page, with its trailing slash. */
  readonly path: string;
}

/** The head tags every page has: title, description, canonical URL and referrer policy. */
export function pageHeadTags(page: PageMeta, site: SiteConfig): HeadTag[] {
  const title = page.title === site.title ? site.title : `${page.title} | ${site.title}`;
  return [
    { tag: 'title', content: title },
    { tag: 'meta', attributes: { name: 'description', content: page.description } },
    { tag: 'link', attributes: { rel: 'canonical', href: absoluteUrl(site.url, page.path) } },
    { tag: 'meta', attributes: { name: 'referrer', content: 'strict-origin-when-cross-origin' } },
  ];
}
