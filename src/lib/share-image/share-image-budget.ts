import { byNewest, type Article } from '../article.ts';
import type { SiteConfig } from '../site-config.ts';
import { quoteForMessage } from '../text/quote-for-message.ts';

/** Which card each article is shared with in one build, and which cards the build draws. */
export interface ShareCardChoice {
  /** The articles shared with their own card (already drawn, or drawn in this build before its pages are published), newest first. */
  readonly own: readonly Article[];
  /** Those of `own` whose card this build draws and waits for: the missing cards of the newest `budget` articles. */
  readonly toDraw: readonly Article[];
  /** The articles shared with their section's card until a later build publishes their own, newest first. */
  readonly waiting: readonly Article[];
  /**
   * The newest of `waiting`, whose cards this build draws while it does its other work, for
   * the next build to publish: as many as the budget has left after `toDraw`. The build never
   * waits for them, and stops drawing when its own work is done.
   */
  readonly drawAhead: readonly Article[];
}

/**
 * Chooses which articles have their own share card in this build. Articles are taken newest
 * first (ties by slug, as the site's lists order them). Every one whose card is already drawn
 * has it. Of the newest `budget` articles, those without a card get theirs drawn in this build,
 * which waits for them: the articles published since the last build, and recent headlines
 * edited. Every other article without a card waits with its section's card; the newest of
 * those, as many as the budget has left, are drawn ahead for the next build, so an archive
 * catching up never holds a build. The budget counts articles, each with every size of its card.
 */
export function chooseShareCards(articles: readonly Article[], budget: number, isDrawn: (article: Article) => boolean): ShareCardChoice {
  const own: Article[] = [];
  const toDraw: Article[] = [];
  const waiting: Article[] = [];
  const drawAhead: Article[] = [];
  for (const [rank, article] of [...articles].sort(byNewest).entries()) {
    if (isDrawn(article)) own.push(article);
    else if (rank < budget) {
      toDraw.push(article);
      own.push(article);
    } else {
      waiting.push(article);
      if (toDraw.length + drawAhead.length < budget) drawAhead.push(article);
    }
  }
  return { own, toDraw, waiting, drawAhead };
}

const BUDGET_VARIABLE = 'DISPATCH_SHARE_IMAGE_BUDGET';

/**
 * How many articles' new share cards a build draws at most: `fromEnvironment` (the value of
 * DISPATCH_SHARE_IMAGE_BUDGET, for tests, benchmarks and a one-off catch-up build) when set,
 * else the site's `shareImageBudget`. Throws naming the variable or field when it is not a
 * whole number.
 */
export function shareImageBudget(site: SiteConfig, fromEnvironment: string | undefined): number {
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    if (!/^\d+$/.test(fromEnvironment.trim())) throw new Error(`${BUDGET_VARIABLE}: expected a whole number of articles (0 or more), found ${quoteForMessage(fromEnvironment)}`);
    return Number(fromEnvironment.trim());
  }
  if (!Number.isSafeInteger(site.shareImageBudget) || site.shareImageBudget < 0) {
    throw new Error(`src/site.config.ts: shareImageBudget: expected a whole number of articles (0 or more), found ${String(site.shareImageBudget)}`);
  }
  return site.shareImageBudget;
}
