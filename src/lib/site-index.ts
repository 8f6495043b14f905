import type { Article } from './article.ts';
import { buildArticleCard, type ArticleCardView } from './article-card.ts';
import { buildArchive, type ArchiveYear } from './archive.ts';
import { translationGroups } from './i18n/translations.ts';
import type { StoryArticle } from './stories/story-view.ts';
import type { Section, SiteConfig } from './site-config.ts';
import { cardDigests } from './page-cache-key.ts';
import { groupArticles, slugsByName, type Group, type GroupSlugs } from './taxonomy.ts';
import { groupByWorkType, type WorkTypeGroup } from './trust/work-type-view.ts';

/** What an article page prints of a neighbour: its headline and address (and its slug, which names it). */
export type NeighbourArticle = Pick<Article, 'slug' | 'title' | 'path'>;

/** The newer and older neighbours of an article in its section. */
export interface Neighbours {
  readonly newer?: NeighbourArticle;
  readonly older?: NeighbourArticle;
}

/** What an article page prints of its neighbours: each one's headline and address. */
export interface NeighbourLinks {
  readonly newer?: Pick<Article, 'title' | 'path'>;
  readonly older?: Pick<Article, 'title' | 'path'>;
}

/** Narrows an article's neighbours to what its page prints of them, so that its page's key digests only that. */
export function neighbourLinks({ newer, older }: Neighbours = {}): NeighbourLinks {
  return {
    ...(newer === undefined ? {} : { newer: { title: newer.title, path: newer.path } }),
    ...(older === undefined ? {} : { older: { title: older.title, path: older.path } }),
  };
}

/** Every way the site lists its articles, computed once per build. */
export interface SiteIndex {
  /** Newest first. */
  readonly articles: readonly Article[];
  readonly bySlug: ReadonlyMap<string, Article>;
  readonly sections: readonly { readonly section: Section; readonly articles: readonly Article[] }[];
  readonly topics: readonly Group[];
  readonly authors: readonly Group[];
  /** Each kind of work that has articles (news, opinion…), in WORK_TYPES order: a page and feeds each. */
  readonly workTypes: readonly WorkTypeGroup[];
  /** The page slug of every tag and author name as articles write it: links use these, never a slug of their own. */
  readonly slugs: GroupSlugs;
  readonly archive: readonly ArchiveYear[];
  readonly neighbours: ReadonlyMap<string, Neighbours>;
  /** Slug → every version of its story in the site's languages, itself included (only stories with translations). */
  readonly translations: ReadonlyMap<string, readonly Article[]>;
  /** Slug → what a story's page and its articles' pages print of each article of it (`bySlug` itself, but in a shard: src/lib/shards/shard-plan.ts). */
  readonly storyArticles: ReadonlyMap<string, StoryArticle>;
  /** Slug → the article's card: one object per article, shared by every paginated list that shows it (`cardsOf`). */
  readonly cards: ReadonlyMap<string, ArticleCardView>;
  /** Slug → the digest of its card, which a list page's cacheKey takes in place of the card (`withCacheKeys`). */
  readonly cardKeys: ReadonlyMap<string, string>;
}

/** A section's articles as the index lists them, newest first (none for a section without any). */
export function sectionArticles(index: Pick<SiteIndex, 'sections'>, sectionSlug: string): readonly Article[] {
  return index.sections.find((entry) => entry.section.slug === sectionSlug)?.articles ?? [];
}

/** Builds the site's lists from its published articles (newest first). */
export function buildSiteIndex(articles: readonly Article[], site: SiteConfig): SiteIndex {
  const sections = site.sections.map((section) => ({ section, articles: articles.filter((a) => a.section.slug === section.slug) }));
  const neighbours = new Map<string, Neighbours>();
  for (const { articles: list } of sections) {
    list.forEach((article, i) => {
      const newer = list[i - 1];
      const older = list[i + 1];
      neighbours.set(article.slug, { ...(newer ? { newer } : {}), ...(older ? { older } : {}) });
    });
  }
  const cards = new Map(articles.map((a) => [a.slug, buildArticleCard(a)]));
  const topics = groupArticles(articles, (a) => a.tags);
  const authors = groupArticles(articles, (a) => a.authors);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return {
    articles,
    bySlug,
    sections,
    topics,
    authors,
    workTypes: groupByWorkType(articles),
    slugs: { topics: slugsByName(topics), authors: slugsByName(authors) },
    archive: buildArchive(articles),
    neighbours,
    translations: translationGroups(articles),
    storyArticles: bySlug,
    cards,
    cardKeys: cardDigests(cards),
  };
}
