import type { Article } from './article.ts';
import type { TimeView } from './time-view.ts';
import { workTypeLabel, type WorkTypeLabelView } from './trust/work-type-view.ts';
import { sectionPath } from './urls.ts';

/** An article as a list shows it: its kind of work unless news, headline, summary, section and day. */
export interface ArticleCardView {
  readonly slug: string;
  readonly path: string;
  /** The label above the headline ("Opinion"); absent for news (see `workTypeLabel`). */
  readonly workType?: WorkTypeLabelView;
  readonly headline: string;
  readonly summary: string;
  readonly section: { readonly name: string; readonly path: string };
  readonly published: TimeView;
}

/** Builds the card of an article for lists (fronts, sections, archives). */
export function buildArticleCard(article: Article): ArticleCardView {
  const workType = workTypeLabel(article.workType);
  return {
    slug: article.slug,
    path: article.path,
    ...(workType === undefined ? {} : { workType }),
    headline: article.title,
    summary: article.summary,
    section: { name: article.section.name, path: sectionPath(article.section.slug) },
    published: article.publishedDay,
  };
}

// The site's card of the article `slug`; a missing one names the article's file when it is known.
function cardOf(cards: ReadonlyMap<string, ArticleCardView>, slug: string, file?: string): ArticleCardView {
  const card = cards.get(slug);
  if (card === undefined) throw new Error(`${file === undefined ? '' : `${file}: `}no card for the article "${slug}" in the site's lists`);
  return card;
}

/** The cards of `articles` from the site's cards by slug (`SiteIndex.cards`): the same objects in every list, which list pages' keys rely on. */
export function cardsOf(articles: readonly Article[], cards: ReadonlyMap<string, ArticleCardView>): ArticleCardView[] {
  return articles.map((article) => cardOf(cards, article.slug, article.file));
}

/** The cards of the articles `slugs` name, from the site's cards by slug: as `cardsOf`, for a list the plan holds as slugs (src/lib/lists/list-pages.ts). */
export function cardsOfSlugs(slugs: readonly string[], cards: ReadonlyMap<string, ArticleCardView>): ArticleCardView[] {
  return slugs.map((slug) => cardOf(cards, slug));
}
