import type { Section, SiteConfig } from '../site-config.ts';
import { workTypePath } from '../trust/work-type-view.ts';
import { WORK_TYPE_INFO, type WorkType } from '../trust/work-type.ts';
import { sectionPath } from '../urls.ts';
import { feedPath, workTypeFeedPath, type FeedFormat } from './feed-paths.ts';

/**
 * What a feed is of: the page it follows, its name and description, and its own address in
 * each format. The feed and the `<link rel="alternate">` tags that announce it both read it,
 * so a reader's app shows the feed under the name the page announced.
 */
export interface FeedScope {
  /** Site-relative path of the page the feed follows (its `link` and `id`). */
  readonly path: string;
  readonly title: string;
  readonly description: string;
  /** Site-relative path of the feed itself in one format. */
  readonly feedPath: (format: FeedFormat) => string;
}

/**
 * The scope of a feed of articles: the whole site's, one section's, or one kind of work's (which
 * wins over a section); a kind of work is described with its meaning, so a feed reader learns
 * the label too.
 */
export function articlesFeedScope(site: SiteConfig, { section, workType }: { readonly section?: Section | undefined; readonly workType?: WorkType | undefined } = {}): FeedScope {
  if (workType !== undefined) {
    const info = WORK_TYPE_INFO[workType];
    return {
      path: workTypePath(workType),
      title: `${site.title}: ${info.plural}`,
      description: `${info.plural} from ${site.title}. ${info.meaning}`,
      feedPath: (format) => workTypeFeedPath(format, workType),
    };
  }
  if (section !== undefined) {
    return {
      path: sectionPath(section.slug),
      title: `${site.title}: ${section.name}`,
      description: `The latest ${section.name} stories from ${site.title}.`,
      feedPath: (format) => feedPath(format, section.slug),
    };
  }
  return { path: '/', title: site.title, description: `${site.title}: ${site.tagline}.`, feedPath: (format) => feedPath(format) };
}
