import type { Article } from '../article.ts';
import { timeView, type TimeView } from '../time-view.ts';
import type { SiteConfig } from '../site-config.ts';
import type { ArticleChange } from './article-changes.ts';
import { changeAnchors, changeFragment } from './change-log-view.ts';

/** The page listing every correction the site has published. */
export const CORRECTIONS_PATH = '/corrections/';

/** How many corrections one page of /corrections/ lists. */
export const CORRECTIONS_PAGE_SIZE = 20;

/** One correction of the site, with the article it corrects and its rendered text. */
export interface SiteCorrection {
  readonly article: Article;
  readonly change: ArticleChange;
  /** Its text as sanitised HTML: the site plan's `changeNotes`, as the article prints it. */
  readonly html: string;
  /** Its anchor in the article's log (`changeAnchors`): the same on the page, here and in feeds. */
  readonly anchor: string;
}

/**
 * Every correction of the given articles (the plan's, newest first), newest first; at the
 * same moment, the newer article's first, then the log's order. Updates are left out: the
 * page answers "what did they get wrong", and updates got nothing wrong.
 */
export function siteCorrections(articles: readonly Article[], changeNotes: ReadonlyMap<string, readonly string[]>): SiteCorrection[] {
  const corrections: SiteCorrection[] = [];
  for (const article of articles) {
    if (article.changes.length === 0) continue;
    const notes = changeNotes.get(article.slug) ?? [];
    const anchors = changeAnchors(article.changes);
    article.changes.forEach((change, i) => {
      if (change.kind !== 'correction') return;
      const html = notes[i];
      if (html === undefined) throw new Error(`${article.file}: corrections: the correction of ${change.date.toISOString()} has no rendered text in the site plan`);
      corrections.push({ article, change, html, anchor: anchors[i] ?? '' });
    });
  }
  // A stable sort: ties keep the articles' order (newest first) and the log's.
  return corrections.sort((a, b) => b.change.date.getTime() - a.change.date.getTime());
}

/** One entry of /corrections/ as it prints it. */
export interface CorrectionItemView {
  readonly date: TimeView;
  readonly html: string;
  /** The corrected article's headline, linking to the correction in its log. */
  readonly headline: string;
  readonly path: string;
}

/** A correction as /corrections/ lists it: its date in the site's zone, its text, and a link to it in the article's log. */
export function correctionItemView(correction: SiteCorrection, site: SiteConfig): CorrectionItemView {
  return {
    date: timeView(correction.change.date, site),
    html: correction.html,
    headline: correction.article.title,
    path: `${correction.article.path}#${changeFragment(correction.anchor)}`,
  };
}
