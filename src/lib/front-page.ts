import type { Article } from './article.ts';
import { cardsOf, type ArticleCardView } from './article-card.ts';
import { timeView, type TimeView } from './time-view.ts';
import type { SiteIndex } from './site-index.ts';
import type { SiteConfig } from './site-config.ts';
import { sectionPath } from './urls.ts';

/** One line of the front page's "Latest" list: a headline and when it was published. */
export interface LatestItemView {
  readonly slug: string;
  readonly path: string;
  readonly headline: string;
  readonly published: TimeView;
}

/** A section's block on the front page: its newest stories not shown above it. */
export interface FrontSectionView {
  readonly name: string;
  readonly path: string;
  readonly cards: readonly ArticleCardView[];
}

/**
 * The front page: a lead story, top stories, the newest from each section, then a "Latest"
 * list of the next newest. No story appears twice, and no part is empty.
 */
export interface FrontPageView {
  readonly lead?: ArticleCardView;
  readonly topStories: readonly ArticleCardView[];
  readonly sections: readonly FrontSectionView[];
  readonly latest: readonly LatestItemView[];
}

/**
 * How many stories each part of the front page shows. The "Latest" list has between
 * `latestMin` and `latestMax` lines, as many as bring the page to `minimumStories` when the
 * site has that many: a site whose stories sit in one section still gets a full front.
 */
export const FRONT_PAGE_LIMITS = { topStories: 4, perSection: 4, minimumStories: 20, latestMin: 10, latestMax: 20 } as const;

/** The first `limit` articles of a newest-first list not in `shown`, without scanning the rest. */
function newestNotShown(articles: readonly Article[], shown: ReadonlySet<string>, limit: number): Article[] {
  const picked: Article[] = [];
  for (const article of articles) {
    if (picked.length >= limit) break;
    if (!shown.has(article.slug)) picked.push(article);
  }
  return picked;
}

/**
 * Lays out the front page from the site index: the newest story leads, the next ones are
 * top stories, each section shows its newest stories not already shown above, and the
 * "Latest" list goes on with the newest stories shown nowhere else on the page.
 */
export function buildFrontPage(index: SiteIndex, site: SiteConfig): FrontPageView {
  // By slug: one story is one slug, whichever list of the index it comes from.
  const shown = new Set<string>();
  const take = (articles: readonly Article[], limit: number): Article[] => {
    const picked = newestNotShown(articles, shown, limit);
    for (const article of picked) shown.add(article.slug);
    return picked;
  };
  const [lead] = cardsOf(take(index.articles, 1), index.cards);
  const top = take(index.articles, FRONT_PAGE_LIMITS.topStories);
  const sections = index.sections.map(({ section, articles }) => ({ section, articles: take(articles, FRONT_PAGE_LIMITS.perSection) })).filter(({ articles }) => articles.length > 0);
  const latestCount = Math.min(FRONT_PAGE_LIMITS.latestMax, Math.max(FRONT_PAGE_LIMITS.latestMin, FRONT_PAGE_LIMITS.minimumStories - shown.size));
  const latest = take(index.articles, latestCount);
  return {
    ...(lead ? { lead } : {}),
    topStories: cardsOf(top, index.cards),
    sections: sections.map(({ section, articles }) => ({
      name: section.name,
      path: sectionPath(section.slug),
      cards: cardsOf(articles, index.cards),
    })),
    latest: latest.map((a) => ({ slug: a.slug, path: a.path, headline: a.title, published: timeView(a.published, site) })),
  };
}
