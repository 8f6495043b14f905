import { FEED_FORMATS, type FeedFormat } from '../feeds/feed-paths.ts';
import { articlesFeedScope, type FeedScope } from '../feeds/feed-scope.ts';
import type { Section, SiteConfig } from '../site-config.ts';
import type { WorkType } from '../trust/work-type.ts';
import { absoluteUrl } from '../urls.ts';
import type { HeadTag } from './head-tags.ts';

/** `<link rel="alternate">` tags that let browsers and readers find the feeds of `scope`, named as the feeds name themselves. */
export function feedScopeTags(site: SiteConfig, scope: FeedScope): HeadTag[] {
  return (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({
    tag: 'link',
    attributes: {
      rel: 'alternate',
      type: FEED_FORMATS[format].type,
      title: `${scope.title} (${FEED_FORMATS[format].label})`,
      href: absoluteUrl(site.url, scope.feedPath(format)),
    },
  }));
}

/** `<link rel="alternate">` tags that let browsers and readers find the site's feeds, or a section's. */
export function feedAlternateTags(site: SiteConfig, section?: Section): HeadTag[] {
  return feedScopeTags(site, articlesFeedScope(site, { section }));
}

/** `<link rel="alternate">` tags for the feeds of one kind of work (on its page). */
export function workTypeFeedAlternateTags(site: SiteConfig, type: WorkType): HeadTag[] {
  return feedScopeTags(site, articlesFeedScope(site, { workType: type }));
}
