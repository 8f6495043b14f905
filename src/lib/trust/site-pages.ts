/**
 * The site's few fixed pages, written by editors in `content/pages/<slug>.md`: who we are,
 * the standards we report by, how we correct mistakes, and how to reach us. The list is
 * closed so that every page has a known place in the footer and in the publisher's JSON-LD
 * (`publishingPrinciples`, `correctionsPolicy`), and no file can take a section's address.
 */
export const SITE_PAGE_SLUGS = ['about', 'standards', 'corrections-policy', 'contact'] as const;

/** One fixed page, by its file name. */
export type SitePageSlug = (typeof SITE_PAGE_SLUGS)[number];

/** True when `value` names one of the fixed pages. */
export function isSitePageSlug(value: string): value is SitePageSlug {
  return (SITE_PAGE_SLUGS as readonly string[]).includes(value);
}

/** The address of a fixed page: at the site's root, as readers guess it (`/about/`). */
export function sitePagePath(slug: SitePageSlug): string {
  return `/${slug}/`;
}
