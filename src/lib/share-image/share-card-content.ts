import type { Article } from '../article.ts';
import { joinNames } from '../article-view.ts';
import type { Section, SiteConfig } from '../site-config.ts';
import { textDirection } from './text-direction.ts';

/** Everything a share image draws, already worded: its cache key is a hash of this. */
export interface ShareCardContent {
  readonly headline: string;
  readonly direction: 'ltr' | 'rtl';
  readonly section: string;
  /** The publication day in the site's time zone, e.g. "12 September 2023"; none on a section's card. */
  readonly date?: string;
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
    date: article.publishedDay.text,
    ...(credit === undefined ? {} : { credit }),
    siteName: site.title,
  };
}

/** The words of a section's card: what its articles are shared with until their own card is drawn. */
export function sectionCardHeadline(section: Section): string {
  return `The latest ${section.name} stories`;
}

/** A section's card's alt text: the words it shows, which say whose card it is (not any article's headline). */
export function sectionCardAlt(section: Section, site: SiteConfig): string {
  return `${sectionCardHeadline(section)} from ${site.title}`;
}

/**
 * What a section's card draws: the site's name and the section on top, "The latest World
 * stories" as its headline, the site's address below. Articles without a section of their
 * own are in the site's default section, so every article has a section and its card.
 */
export function sectionCardContent(section: Section, site: SiteConfig): ShareCardContent {
  const headline = sectionCardHeadline(section);
  return { headline, direction: textDirection(headline), section: section.name, credit: new URL(site.url).host, siteName: site.title };
}
