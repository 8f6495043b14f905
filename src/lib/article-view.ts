import type { Article } from './article.ts';
import { formatDateTime, formatDateTimeInLanguage, formatDay, toZonedIso } from './dates.ts';
import { sameLanguage } from './i18n/language.ts';
import type { SiteConfig } from './site-config.ts';
import type { Neighbours } from './site-index.ts';
import { slugOfName, type GroupSlugs } from './taxonomy.ts';
import { workTypeLabel, type WorkTypeLabelView } from './trust/work-type-view.ts';
import { lastModified } from './trust/article-changes.ts';
import { buildChangeLog, NO_CHANGE_NOTES, type ChangeLogInput, type ChangeLogView, type CorrectionNoticeView } from './trust/change-log-view.ts';
import { authorPath, sectionPath, topicPath } from './urls.ts';

/** A moment as pages show it: machine-readable with its offset, and as a reader reads it. */
export interface TimeView {
  readonly iso: string;
  readonly text: string;
  /** The language of `text` when it is not the site's (a date in an Arabic article). */
  readonly lang?: string;
}

/** Everything the article page prints about an article, already worded and formatted. */
export interface ArticleView {
  /** The kind of work above the headline ("Opinion"); absent for news (see `workTypeLabel`). */
  readonly workType?: WorkTypeLabelView;
  readonly headline: string;
  readonly standfirst?: string;
  /** "By A, B and C": our words as text, each name linked to its author page; absent without authors. */
  readonly byline?: readonly (string | Link)[];
  readonly credit?: string;
  readonly published: TimeView;
  /** The latest of `updated` and the logged changes, present only when substantive (see `isSubstantiveUpdate`). */
  readonly updated?: TimeView;
  /** The latest change when it is a correction: a notice under the header, before the body. */
  readonly correctionNotice?: CorrectionNoticeView;
  /** Every correction and update, newest first, at the end of the article; absent when there is none. */
  readonly changeLog?: ChangeLogView;
  readonly readingTime: string;
  readonly section: { readonly name: string; readonly path: string };
  readonly topics: readonly Link[];
  /** Home › Section › Headline: the last step is this page and has no path. */
  readonly trail: readonly { readonly name: string; readonly path?: string }[];
  /** The newer and older stories in the same section. */
  readonly newer?: Link;
  readonly older?: Link;
}

/** A labelled link. */
export interface Link {
  readonly name: string;
  readonly path: string;
}

/** An update worth telling readers about: an hour or more after publication (BBC-style, not the same hour). */
export const SUBSTANTIVE_UPDATE_MS = 60 * 60 * 1000;

/** True when `updated` is far enough after `published` to print "Updated". */
export function isSubstantiveUpdate(published: Date, updated: Date | undefined): updated is Date {
  return updated !== undefined && updated.getTime() - published.getTime() >= SUBSTANTIVE_UPDATE_MS;
}

/** A moment formatted in the site's time zone, never the machine's, in `language` (the site's unless an article is written in another). */
export function timeView(date: Date, site: SiteConfig, language: string = site.language): TimeView {
  const iso = toZonedIso(date, site.timeZone);
  if (sameLanguage(language, site.language)) return { iso, text: formatDateTime(date, site.timeZone, site.locale) };
  return { iso, text: formatDateTimeInLanguage(date, site.timeZone, language), lang: language };
}

/** A day as lists show it ("12 September 2023"), with the instant machine-readable. */
export function dayView(date: Date, site: SiteConfig): TimeView {
  return { iso: toZonedIso(date, site.timeZone), text: formatDay(date, site.timeZone) };
}

/** Joins names as people write them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A byline as words and linked names, worded as `joinNames` words it: "By A", "By A and B", "By A, B and C". */
export function bylineParts(authors: readonly Link[]): (string | Link)[] {
  return ['By ', ...authors.flatMap((author, i) => (i === 0 ? [author] : [i === authors.length - 1 ? ' and ' : ', ', author]))];
}

/**
 * Builds the article page's view model; `slugs` (the site index's) gives each tag and author
 * the page it links to, `changes` the rendered text of its corrections and updates.
 */
export function buildArticleView(article: Article, site: SiteConfig, slugs: GroupSlugs, neighbours: Neighbours = {}, changes: ChangeLogInput = NO_CHANGE_NOTES): ArticleView {
  const section = { name: article.section.name, path: sectionPath(article.section.slug) };
  const modified = lastModified(article.published, article.updated, article.changes);
  const workType = workTypeLabel(article.workType);
  return {
    ...(workType === undefined ? {} : { workType }),
    headline: article.title,
    ...(article.standfirst === undefined ? {} : { standfirst: article.standfirst }),
    ...(article.authors.length === 0 ? {} : { byline: bylineParts(article.authors.map((name) => ({ name, path: authorPath(slugOfName(slugs.authors, name)) }))) }),
    ...(article.source === undefined ? {} : { credit: article.source }),
    published: timeView(article.published, site, article.lang),
    ...(isSubstantiveUpdate(article.published, modified) ? { updated: timeView(modified, site, article.lang) } : {}),
    readingTime: `${article.readingMinutes} min read`,
    section,
    topics: article.tags.map((tag) => ({ name: tag, path: topicPath(slugOfName(slugs.topics, tag)) })),
    trail: [{ name: 'Home', path: '/' }, section, { name: article.title }],
    ...(neighbours.newer ? { newer: { name: neighbours.newer.title, path: neighbours.newer.path } } : {}),
    ...(neighbours.older ? { older: { name: neighbours.older.title, path: neighbours.older.path } } : {}),
    ...buildChangeLog(article, changes, (date) => timeView(date, site, article.lang)),
  };
}
