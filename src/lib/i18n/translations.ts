import type { Article } from '../article.ts';
import { groups } from '../content/check-translations.ts';

/**
 * Each published article's versions in other languages: the articles its `translations` list
 * names and those that name it, and theirs in turn (one story, one group), ordered by language
 * tag so every page lists them alike. Links to articles not published (drafts) are left out.
 */
export function translationGroups(articles: readonly Article[]): ReadonlyMap<string, readonly Article[]> {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const linked = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const slug of article.translations) {
      if (slug === article.slug || !bySlug.has(slug)) continue;
      linked.set(article.slug, (linked.get(article.slug) ?? new Set()).add(slug));
      linked.set(slug, (linked.get(slug) ?? new Set()).add(article.slug));
    }
  }
  const result = new Map<string, readonly Article[]>();
  for (const group of groups(linked)) {
    const versions = group.flatMap((slug) => bySlug.get(slug) ?? []).sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : a.slug < b.slug ? -1 : 1));
    for (const version of versions) result.set(version.slug, versions);
  }
  return result;
}
