import type { SiteConfig } from '../site-config.ts';
import type { PublishedSitePage } from '../trust/published-site-pages.ts';
import { sitePagePath, type SitePageSlug } from '../trust/site-pages.ts';
import { absoluteUrl } from '../urls.ts';
import { publisherJsonLd, type JsonLd } from './json-ld.ts';

// schema.org's own types for two of the fixed pages; the others are plain web pages.
const PAGE_TYPES: Readonly<Record<SitePageSlug, string>> = { about: 'AboutPage', contact: 'ContactPage', standards: 'WebPage', 'corrections-policy': 'WebPage' };

/** A fixed page as schema.org's AboutPage, ContactPage or WebPage, about the publisher (with its standards' links: `pages`, those the site has). */
export function sitePageJsonLd(page: Pick<PublishedSitePage, 'slug' | 'title' | 'description'>, site: SiteConfig, pages: readonly SitePageSlug[]): JsonLd {
  const url = absoluteUrl(site.url, sitePagePath(page.slug));
  return {
    '@context': 'https://schema.org',
    '@type': PAGE_TYPES[page.slug],
    '@id': url,
    url,
    name: page.title,
    description: page.description,
    inLanguage: site.language,
    about: publisherJsonLd(site, pages),
  };
}
