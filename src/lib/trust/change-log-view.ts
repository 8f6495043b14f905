import type { Article } from '../article.ts';
import type { TimeView } from '../time-view.ts';
import { sha256 } from '../hash.ts';
import type { ArticleChange, ChangeKind } from './article-changes.ts';
import { sitePagePath } from './site-pages.ts';

/** The id of the log at the end of an article: what the notice and the corrections page link to. */
export const CHANGE_LOG_ID = 'corrections-and-updates';

/** Each kind of change as readers read it: a word, never a colour alone. */
const CHANGE_LABELS: Readonly<Record<ChangeKind, string>> = { correction: 'Correction', update: 'Update' };

/** One entry of the log: what kind of change, when, and its text as sanitised HTML. */
export interface ChangeEntryView {
  readonly kind: ChangeKind;
  readonly label: string;
  readonly date: TimeView;
  readonly html: string;
  /** The entry's own anchor: the element's id is `change-<anchor>` (see `changeFragment`). */
  readonly anchor: string;
}

/** The notice at the top of an article whose latest change is a correction. */
export interface CorrectionNoticeView {
  readonly label: string;
  readonly date: TimeView;
  readonly html: string;
  /** Where the whole log is, on the same page (`#corrections-and-updates`). */
  readonly logPath: string;
}

/** The article's corrections and updates, newest first. */
export interface ChangeLogView {
  readonly entries: readonly ChangeEntryView[];
  /** The corrections policy page, when the site has one. */
  readonly policyPath?: string;
}

/** What the log needs beyond the article. */
export interface ChangeLogInput {
  /** The HTML of each of `article.changes`, in its order: the site plan's `changeNotes`. */
  readonly notes: readonly string[];
  /**
   * Whether the site publishes a corrections policy page (content/pages/corrections-policy.md):
   * only then does the log link to it, so the link can never lead nowhere.
   */
  readonly hasCorrectionsPolicy: boolean;
}

/** The input of an article with no change, or of a caller that prints no log. */
export const NO_CHANGE_NOTES: ChangeLogInput = { notes: [], hasCorrectionsPolicy: false };

/** The fragment of one log entry, as links write it: `change-<anchor>`. */
export function changeFragment(anchor: string): string {
  return `change-${anchor}`;
}

/**
 * Each change's anchor: 12 hex digits of a digest of its kind, instant and text, so it stays
 * the same from build to build (feeds use it as the item's id) whatever else the article or
 * its log gains. A change written twice gets the digest with a count, so ids stay unique.
 */
export function changeAnchors(changes: readonly ArticleChange[]): string[] {
  const taken = new Set<string>();
  return changes.map((change) => {
    let anchor = '';
    for (let n = 0; anchor === '' || taken.has(anchor); n++) {
      anchor = sha256([change.kind, change.date.toISOString(), change.text, ...(n === 0 ? [] : [String(n)])].join('\0'), 'hex').slice(0, 12);
    }
    taken.add(anchor);
    return anchor;
  });
}

/**
 * The notice and the log of an article, as its page prints them; nothing when it has no
 * change. The notice is the latest change when that is a correction (Guardian and NYT style:
 * a reader who saw the error sees the fix first); an update alone raises no notice, since it
 * corrects nothing. `time` formats a date in the site's time zone (`timeView`).
 */
export function buildChangeLog(article: Pick<Article, 'changes'>, input: ChangeLogInput, time: (date: Date) => TimeView): { correctionNotice?: CorrectionNoticeView; changeLog?: ChangeLogView } {
  const { changes } = article;
  if (changes.length === 0) return {};
  if (input.notes.length !== changes.length) throw new Error(`corrections and updates: ${changes.length} in the log but ${input.notes.length} rendered`);
  const anchors = changeAnchors(changes);
  const entries = changes.map((change, i) => ({ kind: change.kind, label: CHANGE_LABELS[change.kind], date: time(change.date), html: input.notes[i] ?? '', anchor: anchors[i] ?? '' }));
  const latest = entries[0];
  return {
    ...(latest?.kind === 'correction' ? { correctionNotice: { label: latest.label, date: latest.date, html: latest.html, logPath: `#${CHANGE_LOG_ID}` } } : {}),
    changeLog: { entries, ...(input.hasCorrectionsPolicy ? { policyPath: sitePagePath('corrections-policy') } : {}) },
  };
}
