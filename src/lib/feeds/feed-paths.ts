import type { WorkType } from '../trust/work-type.ts';

/** The three feed formats the site publishes. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** File name and media type of each format. */
export const FEED_FORMATS: Readonly<Record<FeedFormat, { readonly file: string; readonly type: string; readonly label: string }>> = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
};

/**
 * Site-relative path of a feed: `/feeds/rss.xml` for the whole site, `/feeds/world/rss.xml`
 * for a section. Kept under one folder so section fronts' own URLs stay free.
 */
export function feedPath(format: FeedFormat, sectionSlug?: string): string {
  return `/feeds/${sectionSlug === undefined ? '' : `${sectionSlug}/`}${FEED_FORMATS[format].file}`;
}

/** Site-relative path of the feed of one kind of work (`/feeds/type/opinion/rss.xml`), beside the sections' and clear of them. */
export function workTypeFeedPath(format: FeedFormat, type: WorkType): string {
  return feedPath(format, `type/${type}`);
}
