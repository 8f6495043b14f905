import type { Article } from '../article.ts';
import { joinNames } from '../article-view.ts';
import { formatDay } from '../dates.ts';
import type { SiteConfig } from '../site-config.ts';
import { textDirection } from './text-direction.ts';

/** Everything a share image draws, already worded: its cache key is a hash of this. */
export interface ShareCardContent {
  readonly headline: string;
  readonly direction: 'ltr' | 'rtl';
  readonly section: string;
  /** The publication day in the site's time zone, e.g. "12 September 2023". */
  readonly date: string;
  /** The agency, or the byline when there is none. */
  readonly credit?: string;
  readonly siteName: string;
}

/** What an article's share image says: headline, section, day, credit and the site's name. */
export function shareCardContent(article: Article, site: SiteConfig): ShareCardContent {
  const credit = article.source ?? (article.authors.length > 0 ? joinNames(article.authors) : undefined);
  return {
    headline: article.title,
    direction: textDirection(article.title),
    section: article.section.name,
    date: formatDay(article.published, site.timeZone),
    ...(credit === undefined ? {} : { credit }),
    siteName: site.title,
  };
}
