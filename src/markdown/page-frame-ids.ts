/**
 * Every id the page around an article body uses (src/layouts, src/components, src/pages).
 * A body heading named like one of them ("Main", "Article headline", "Share heading") would
 * give the page two elements with one id, and the skip link or the article's accessible
 * name would point at the heading. tests/unit/markdown/body-ids.test.ts keeps this list
 * complete.
 */
export const PAGE_FRAME_IDS: ReadonlySet<string> = new Set([
  'main',
  'article-headline',
  'share-heading',
  'related-heading',
  'section-latest-heading',
  'site-search-query',
  'search-query',
  'mastodon-server',
  'mastodon-text',
  'not-found-query',
  'not-found-latest',
  'front-lead-heading',
  'top-stories-heading',
  'front-latest-heading',
  'corrections-and-updates',
  'corrections-and-updates-heading',
  'translations-heading',
  'text-size-label',
  'more-on-this-story-heading',
]);

/** Ids the page frame makes from a pattern (one per front-page section, one per archive year, one per logged correction or update). */
export const PAGE_FRAME_ID_PATTERNS: readonly RegExp[] = [/^front-section-\d+$/, /^year-\d+$/, /^change-[0-9a-f]+$/];
