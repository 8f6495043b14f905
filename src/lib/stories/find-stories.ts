import type { RelatedInput, RelatedLink } from '../related/types.ts';

/** One story: its slug and its articles' slugs in time order. */
export interface Story {
  readonly slug: string;
  readonly articles: readonly string[];
}

/** Groups articles that report the same event into stories (placeholder: every article alone). */
export function findStories(articles: readonly RelatedInput[], _related: ReadonlyMap<string, readonly RelatedLink[]>): Story[] {
  return articles.map((a) => ({ slug: a.slug, articles: [a.slug] }));
}
