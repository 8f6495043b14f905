/** Whether a change fixed an error (a correction) or added news (an update). */
export type ChangeKind = 'correction' | 'update';

/** One entry of an article's corrections and updates log, as the editor wrote it. */
export interface ArticleChange {
  readonly kind: ChangeKind;
  /** When the change was published: never before the article. */
  readonly date: Date;
  /** What changed, in Markdown; rendered and sanitised like the body. */
  readonly text: string;
}

/** The log newest first; at the same moment a correction before an update, then in the order written, so the order is the same everywhere. */
export function newestChangesFirst(changes: readonly ArticleChange[]): ArticleChange[] {
  return changes
    .map((change, order) => ({ change, order }))
    .sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || kindRank(a.change.kind) - kindRank(b.change.kind) || a.order - b.order)
    .map(({ change }) => change);
}

/** The latest of the article's own `updated` and its logged changes: what `dateModified` says. */
export function lastModified(published: Date, updated: Date | undefined, changes: readonly ArticleChange[]): Date {
  let latest = updated ?? published;
  for (const change of changes) if (change.date.getTime() > latest.getTime()) latest = change.date;
  return latest;
}

function kindRank(kind: ChangeKind): number {
  return kind === 'correction' ? 0 : 1;
}
