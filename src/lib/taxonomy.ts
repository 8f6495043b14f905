import type { Article } from './article.ts';
import { slugify } from './slugs.ts';

/** A group of articles under one name: a topic (tag) or an author. */
export interface Group {
  readonly slug: string;
  readonly name: string;
  /** Newest first, as given. */
  readonly articles: readonly Article[];
}

/**
 * A URL-safe slug for any name, also for names with no ASCII letters ("北京"): those get
 * a short stable hash so every topic and author has a page.
 */
export function groupSlug(name: string): string {
  return slugify(name) || `n-${fnv1a(name.normalize('NFC').toLowerCase())}`;
}

/**
 * Groups articles by the names `namesOf` gives (tags, authors). Names that slugify alike
 * ("Zürich", "zurich") are one group, shown under the spelling used most (then first seen).
 * Groups are sorted by slug so every build lists them in the same order.
 */
export function groupArticles(articles: readonly Article[], namesOf: (article: Article) => readonly string[]): Group[] {
  const groups = new Map<string, { spellings: Map<string, number>; articles: Article[] }>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const name of namesOf(article)) {
      const slug = groupSlug(name);
      if (seen.has(slug)) continue;
      seen.add(slug);
      let group = groups.get(slug);
      if (!group) {
        group = { spellings: new Map(), articles: [] };
        groups.set(slug, group);
      }
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      group.articles.push(article);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, group]) => ({ slug, name: mostUsed(group.spellings), articles: group.articles }));
}

function mostUsed(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of spellings) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/** A short, stable, non-cryptographic hash (FNV-1a, 32 bits) as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
