import type { Article } from './article.ts';
import { buildArticleCard, type ArticleCardView } from './article-card.ts';
import type { SiteIndex } from './site-index.ts';
import type { SiteConfig } from './site-config.ts';
import { sectionPath } from './urls.ts';

/** The front page: a lead story, top stories, then the latest from each section. */
export interface FrontPageView {
  readonly lead?: ArticleCardView;
  readonly topStories: readonly ArticleCardView[];
  readonly sections: readonly { readonly name: string; readonly path: string; readonly cards: readonly ArticleCardView[] }[];
}

/** How many stories each part of the front page shows. */
export const FRONT_PAGE_LIMITS = { topStories: 4, perSection: 4 } as const;

/**
 * Lays out the front page from the site index: the newest story leads, the next ones are
 * top stories, and each section shows its newest stories not already shown above.
 */
export function buildFrontPage(index: SiteIndex, site: SiteConfig): FrontPageView {
  const [lead, ...rest] = index.articles;
  const top = rest.slice(0, FRONT_PAGE_LIMITS.topStories);
  const shown = new Set<Article>([...(lead ? [lead] : []), ...top]);
  const sections = index.sections
    .map(({ section, articles }) => ({
      name: section.name,
      path: sectionPath(section.slug),
      cards: articles.filter((a) => !shown.has(a)).slice(0, FRONT_PAGE_LIMITS.perSection).map((a) => buildArticleCard(a, site)),
    }))
    .filter((s) => s.cards.length > 0);
  return {
    ...(lead ? { lead: buildArticleCard(lead, site) } : {}),
    topStories: top.map((a) => buildArticleCard(a, site)),
    sections,
  };
}
