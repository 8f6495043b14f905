import type { SiteConfig } from './lib/site-config.ts';

/** The site's one typed configuration: identity, locale, time zone and sections. */
export const siteConfig: SiteConfig = {
  title: 'Dispatch',
  tagline: 'News, read plainly',
  url: 'https://dispatch.example',
  locale: 'en-GB',
  language: 'en',
  timeZone: 'Europe/London',
  contentDir: 'content/articles',
  defaultSection: 'news',
  relatedLimit: 5,
  // Drawn on the second core beside the pages; why this many: docs/decisions/0009-share-image-budget.md.
  shareImageBudget: 500,
  // Brotli and gzip copies of every text file, for servers to send as they are: docs/decisions/0011-precompressed-text.md.
  precompress: true,
  sections: [
    { slug: 'news', name: 'News' },
    { slug: 'world', name: 'World' },
    { slug: 'politics', name: 'Politics' },
    { slug: 'business', name: 'Business' },
    { slug: 'science', name: 'Science' },
    { slug: 'technology', name: 'Technology' },
    { slug: 'culture', name: 'Culture' },
    { slug: 'sport', name: 'Sport' },
  ],
};
