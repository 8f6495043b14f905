import { byNewest, type Article } from '../article.ts';
import type { SiteConfig } from '../site-config.ts';
import { quoteForMessage } from '../text/quote-for-message.ts';

/** Which card each article is shared with in one build. */
export interface ShareCardChoice {
  /** The articles shared with their own card (already drawn, or drawn in this build), newest first. */
  readonly own: readonly Article[];
  /** Those of `own` whose card this build draws: the newest not drawn yet, at most the budget. */
  readonly toDraw: readonly Article[];
  /** The articles shared with their section's card until a later build draws their own, newest first. */
  readonly waiting: readonly Article[];
}

/**
 * Chooses which articles have their own share card in this build: every one whose card is
 * already drawn, and the newest `budget` of the others (ties by slug, as the site's lists
 * order them). The rest wait with their section's card; the next build draws the next newest.
 * The budget counts articles, each with every size of its card.
 */
export function chooseShareCards(articles: readonly Article[], budget: number, isDrawn: (article: Article) => boolean): ShareCardChoice {
  const own: Article[] = [];
  const toDraw: Article[] = [];
  const waiting: Article[] = [];
  for (const article of [...articles].sort(byNewest)) {
    if (isDrawn(article)) own.push(article);
    else if (toDraw.length < budget) {
      toDraw.push(article);
      own.push(article);
    } else waiting.push(article);
  }
  return { own, toDraw, waiting };
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
