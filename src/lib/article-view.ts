import type { Article } from './article.ts';
import type { SiteConfig } from './site-config.ts';
import type { NeighbourLinks } from './site-index.ts';
import { slugOfName, type GroupSlugs } from './taxonomy.ts';
import { workTypeLabel, type WorkTypeLabelView } from './trust/work-type-view.ts';
import { lastModified } from './trust/article-changes.ts';
import { buildChangeLog, NO_CHANGE_NOTES, type ChangeLogInput, type ChangeLogView, type CorrectionNoticeView } from './trust/change-log-view.ts';
import { timeView, type TimeView } from './time-view.ts';
import { authorPath, sectionPath, topicPath } from './urls.ts';

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
export function buildArticleView(article: Article, site: SiteConfig, slugs: GroupSlugs, neighbours: NeighbourLinks = {}, changes: ChangeLogInput = NO_CHANGE_NOTES): ArticleView {
  const section = { name: article.section.name, path: sectionPath(article.section.slug) };
  const modified = lastModified(article.published, article.updated, article.changes);
  const workType = workTypeLabel(article.workType);
  return {
    ...(workType === undefined ? {} : { workType }),
    headline: article.title,
    ...(article.standfirst === undefined ? {} : { standfirst: article.standfirst }),
    ...(article.authors.length === 0 ? {} : { byline: bylineParts(article.authors.map((name) => ({ name, path: authorPath(slugOfName(slugs.authors, name)) }))) }),
    ...(article.source === undefined ? {} : { credit: article.source }),
    published: article.publishedAt,
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
