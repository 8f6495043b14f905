import { cardsOf, type ArticleCardView } from './article-card.ts';
import type { Article } from './article.ts';
import type { TimeView } from './time-view.ts';
import type { RelatedLink } from './related/types.ts';
import { sectionPath } from './urls.ts';

/** One link of the related sidebar or the fallback list. */
export interface RelatedItemView {
  readonly headline: string;
  readonly path: string;
  readonly published: TimeView;
  /** Why it is related ("Also about: Vladimir Putin, North Korea"); absent in the fallback list. */
  readonly reason?: string;
}

/** What an article page shows beside the story: related links, and a labelled fallback list. */
export interface RelatedView {
  readonly related: readonly RelatedItemView[];
  /** "Latest in World", shown outside the related sidebar when fewer than `FALLBACK_BELOW` are related. */
  readonly fallback?: { readonly heading: string; readonly path: string; readonly items: readonly RelatedItemView[] };
}

/** With fewer related links than this, the page also shows the latest in the section. */
export const FALLBACK_BELOW = 3;

// An article as its card shows it (its headline, address and day): a shard holds a card, not the article, of what only its lists and sidebars show.
function item(card: ArticleCardView, reason?: string): RelatedItemView {
  return { headline: card.headline, path: card.path, published: card.published, ...(reason === undefined ? {} : { reason }) };
}

/**
 * Builds the sidebar of one article from the engine's links, each shown as its card (`cards`).
 * Never padded with unrelated stories: when few are related, the latest in the section are
 * offered separately, under a heading that says what they are.
 */
export function buildRelatedView(article: Article, links: readonly RelatedLink[], sectionArticles: readonly Article[], cards: ReadonlyMap<string, ArticleCardView>): RelatedView {
  const related = links.flatMap((link) => {
    const target = cards.get(link.slug);
    return target ? [item(target, link.reasons[0])] : [];
  });
  if (related.length >= FALLBACK_BELOW) return { related };
  const shown = new Set([article.slug, ...links.map((l) => l.slug)]);
  // Stop at the first few: a section may hold tens of thousands of articles, and every page
  // with a short sidebar asks.
  const latest: Article[] = [];
  for (const candidate of sectionArticles) {
    if (latest.length > FALLBACK_BELOW) break;
    if (!shown.has(candidate.slug)) latest.push(candidate);
  }
  if (latest.length === 0) return { related };
  return {
    related,
    fallback: { heading: `Latest in ${article.section.name}`, path: sectionPath(article.section.slug), items: cardsOf(latest, cards).map((card) => item(card)) },
  };
}
