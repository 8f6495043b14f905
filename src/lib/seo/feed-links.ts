import { FEED_FORMATS, feedPath, workTypeFeedPath, type FeedFormat } from '../feeds/feed-paths.ts';
import type { Section, SiteConfig } from '../site-config.ts';
import { WORK_TYPE_INFO, type WorkType } from '../trust/work-type.ts';
import { absoluteUrl } from '../urls.ts';
import type { HeadTag } from './head-tags.ts';

/** `<link rel="alternate">` tags that let browsers and readers find the site's feeds, or a section's. */
export function feedAlternateTags(site: SiteConfig, section?: Section): HeadTag[] {
  const name = section === undefined ? site.title : `${site.title}: ${section.name}`;
  return (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({
    tag: 'link',
    attributes: {
      rel: 'alternate',
      type: FEED_FORMATS[format].type,
      title: `${name} (${FEED_FORMATS[format].label})`,
      href: absoluteUrl(site.url, feedPath(format, section?.slug)),
    },
  }));
}

/** `<link rel="alternate">` tags for the feeds of one kind of work (on its page), named as the feeds name themselves. */
export function workTypeFeedAlternateTags(site: SiteConfig, type: WorkType): HeadTag[] {
  const name = `${site.title}: ${WORK_TYPE_INFO[type].plural}`;
  return (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({
    tag: 'link',
    attributes: { rel: 'alternate', type: FEED_FORMATS[format].type, title: `${name} (${FEED_FORMATS[format].label})`, href: absoluteUrl(site.url, workTypeFeedPath(format, type)) },
  }));
}
