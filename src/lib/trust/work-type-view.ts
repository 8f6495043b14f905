import type { Article } from '../article.ts';
import { WORK_TYPE_INFO, WORK_TYPES, type WorkType } from './work-type.ts';

/** The page explaining every label, with a link to each kind of work the site has. */
export const WORK_TYPES_INDEX_PATH = '/type/';

/** Site-relative path of the page listing every piece of one kind of work. */
export function workTypePath(type: WorkType): string {
  return `${WORK_TYPES_INDEX_PATH}${type}/`;
}

/** The label printed above a headline: its word, its kind (for the style) and the page that explains it. */
export interface WorkTypeLabelView {
  readonly type: WorkType;
  readonly label: string;
  readonly path: string;
}

/**
 * The label a piece carries, or none for news. Readers take an unlabelled story for news at
 * every outlet they compare us with (the Guardian and the BBC label only what is not), and a
 * label on most of the page would teach them to skip the ones that matter: opinion above all.
 * News stays discoverable: its schema.org type, its own list and the labels' page say so.
 */
export function workTypeLabel(type: WorkType): WorkTypeLabelView | undefined {
  if (type === 'news') return undefined;
  return { type, label: WORK_TYPE_INFO[type].label, path: workTypePath(type) };
}

/** The articles of one kind of work, newest first. */
export interface WorkTypeGroup {
  readonly type: WorkType;
  readonly articles: readonly Article[];
}

/**
 * The kinds of work the site has published, in WORK_TYPES order, each with its articles in
 * the order given (newest first). A kind with no article is left out: it gets no page and no
 * feed, since an empty list is a placeholder, not a page.
 */
export function groupByWorkType(articles: readonly Article[]): WorkTypeGroup[] {
  const byType = new Map<WorkType, Article[]>();
  for (const article of articles) {
    const list = byType.get(article.workType);
    if (list === undefined) byType.set(article.workType, [article]);
    else list.push(article);
  }
  return WORK_TYPES.flatMap((type) => {
    const list = byType.get(type);
    return list === undefined ? [] : [{ type, articles: list }];
  });
}
