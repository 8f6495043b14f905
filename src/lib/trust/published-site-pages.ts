import { SITE_PAGE_SLUGS, sitePagePath, type SitePageSlug } from './site-pages.ts';

/** A fixed page (`content/pages/<slug>.md`) as the site plan holds it: plain data, the body rendered. */
export interface PublishedSitePage {
  readonly slug: SitePageSlug;
  /** The page's file, relative to the project. */
  readonly file: string;
  readonly title: string;
  /** The editor's description, else the start of the text: for the meta description. */
  readonly description: string;
  /** The body's HTML, sanitised by the Markdown pipeline. */
  readonly html: string;
}

/** How the footer names each fixed page: short, as newsrooms' footers do. */
const SITE_PAGE_LABELS: Readonly<Record<SitePageSlug, string>> = {
  about: 'About us',
  standards: 'Editorial standards',
  'corrections-policy': 'Corrections policy',
  contact: 'Contact us',
};

/** True when the site has the fixed page `slug` (the corrections log links its policy only then). */
export function hasSitePage(pages: readonly Pick<PublishedSitePage, 'slug'>[], slug: SitePageSlug): boolean {
  return pages.some((page) => page.slug === slug);
}

/** The fixed pages that exist, in the closed list's order, as the footer links them. */
export function sitePageLinks(pages: readonly Pick<PublishedSitePage, 'slug'>[]): { readonly name: string; readonly path: string }[] {
  return SITE_PAGE_SLUGS.filter((slug) => hasSitePage(pages, slug)).map((slug) => ({ name: SITE_PAGE_LABELS[slug], path: sitePagePath(slug) }));
}
