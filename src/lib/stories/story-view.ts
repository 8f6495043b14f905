import type { Article } from '../article.ts';
import type { TimeView } from '../time-view.ts';
import { storyPath } from '../urls.ts';
import type { Story } from './find-stories.ts';

/** One article of a story as its timeline shows it. */
export interface StoryEntryView {
  readonly headline: string;
  readonly path: string;
  readonly published: TimeView;
  /** True for the article the page is about: marked in its place, not linked. */
  readonly current: boolean;
}

/** What a story's timeline prints of each of its articles. */
export type StoryArticle = Pick<Article, 'slug' | 'title' | 'path' | 'publishedAt' | 'workType'>;

/** A story's timeline: every article reporting one event, earliest first. */
export interface StoryView {
  readonly slug: string;
  readonly path: string;
  /** The story's name on its page: the headline of its latest report (news, not comment), as a developing story is known. */
  readonly title: string;
  /** The headline of its first article, for the page's description. */
  readonly firstHeadline: string;
  readonly entries: readonly StoryEntryView[];
}

/**
 * A story's timeline from the site plan's story (slugs in time order) and the published
 * articles; `current` is the article page's own slug (none on the story's page).
 */
export function buildStoryView(story: Story, bySlug: ReadonlyMap<string, StoryArticle>, current?: string): StoryView {
  const articles = story.articles.flatMap((slug) => bySlug.get(slug) ?? []);
  const first = articles[0];
  // A column or an analysis comments on the story; its headline does not name it.
  const latest = articles.findLast((article) => article.workType === 'news') ?? articles[articles.length - 1];
  return {
    slug: story.slug,
    path: storyPath(story.slug),
    title: latest?.title ?? story.slug,
    firstHeadline: first?.title ?? story.slug,
    entries: articles.map((article) => ({ headline: article.title, path: article.path, published: article.publishedAt, current: article.slug === current })),
  };
}
