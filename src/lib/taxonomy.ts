import type { Article } from './article.ts';
import { fnv1aCodeUnitsHex } from './hash.ts';
import { slugify } from './slugs.ts';
import type { AuthorProfile } from './trust/author-profiles.ts';
import type { SitePageSlug } from './trust/site-pages.ts';

/** A group of articles under one name: a topic (tag) or an author. */
export interface Group {
  /** The group's page slug, unique among the groups of its kind. */
  readonly slug: string;
  /** The spelling shown: the one used most (then first seen). */
  readonly name: string;
  /** Every spelling articles use for this group, in the order first seen. */
  readonly names: readonly string[];
  /** Newest first, as given. */
  readonly articles: readonly Article[];
}

/** The slug of every name articles use, as written, for links to topic and author pages. */
export interface GroupSlugs {
  readonly topics: ReadonlyMap<string, string>;
  readonly authors: ReadonlyMap<string, string>;
  /** Author page slug → the profile editors wrote (content/authors/), for bylines' structured data; absent without profiles. */
  readonly profiles?: ReadonlyMap<string, AuthorProfile>;
  /** The fixed pages the site has (content/pages/), for the publisher's links to its standards; absent without any. */
  readonly sitePages?: readonly SitePageSlug[];
}

// Symbols that name things ("C++", "C#", "Disney+"): spelled out in slugs rather than lost.
// A `#` opening a name is a hashtag's mark, not a sharp.
const SPELLED: readonly (readonly [RegExp, string])[] = [
  [/\+/g, ' plus '],
  [/(?<=[\p{L}\p{N}+])#/gu, ' sharp '],
];
// What else makes two names differ although slugify drops it: symbols (math, currency,
// emoji, ™) and a few marks that carry meaning. Spacing, punctuation, case and accents do not.
const MEANINGFUL = /[\p{Sm}\p{Sc}\p{So}@%*]/gu;

function spellSymbols(name: string): string {
  return SPELLED.reduce((text, [pattern, word]) => text.replace(pattern, word), name);
}

/**
 * A URL-safe slug for any name: symbols that name things spelled out ("C++" →
 * `c-plus-plus`, "C#" → `c-sharp`), also for names with no ASCII letters ("北京"): those
 * get a short stable hash. Names that differ in other symbols may share it: `groupArticles`
 * gives each group its final slug.
 */
export function groupSlug(name: string): string {
  return slugify(spellSymbols(name.normalize('NFKC'))) || `n-${fnv1aCodeUnitsHex(name.normalize('NFC').toLowerCase())}`;
}

/**
 * What makes a group: names with the same slug and the same symbols are one ("Zürich",
 * "zurich", "New  York"); "C", "C#" and "C★" are not.
 */
function groupKey(name: string): string {
  const symbols = spellSymbols(name.normalize('NFKC')).match(MEANINGFUL) ?? [];
  return `${groupSlug(name)}\u0000${symbols.join('')}`;
}

interface Gathered {
  readonly base: string;
  readonly plain: boolean;
  readonly spellings: Map<string, number>;
  readonly articles: Article[];
}

/**
 * Groups articles by the names `namesOf` gives (tags, authors). Names that differ only in
 * case, accents, spacing or punctuation ("Zürich", "zurich") are one group, shown under the
 * spelling used most (then first seen). Names whose slugs collide but which differ in a
 * symbol ("C" and "C★") are distinct groups: the one without symbols keeps the slug, the
 * others get a short hash of their name after it, so the slugs depend on the names alone,
 * never on the order of the articles. Groups are sorted by slug.
 */
export function groupArticles(articles: readonly Article[], namesOf: (article: Article) => readonly string[]): Group[] {
  const groups = new Map<string, Gathered>();
  const keys = new Map<string, string>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const name of namesOf(article)) {
      let key = keys.get(name);
      if (key === undefined) {
        key = groupKey(name);
        keys.set(name, key);
      }
      if (seen.has(key)) continue;
      seen.add(key);
      let group = groups.get(key);
      if (!group) {
        const base = key.slice(0, key.indexOf('\u0000'));
        group = { base, plain: key.length === base.length + 1, spellings: new Map(), articles: [] };
        groups.set(key, group);
      }
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      group.articles.push(article);
    }
  }
  const slugs = finalSlugs(groups);
  return [...groups.entries()]
    .map(([key, group]) => ({ slug: slugs.get(key) ?? group.base, name: mostUsed(group.spellings), names: [...group.spellings.keys()], articles: group.articles }))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * Each group's slug: its own when no other group shares it, or when it is the plain one of
 * those that do; else the slug and a hash of the group's key. Worked out from the set of
 * keys in sorted order, so the same names always get the same slugs.
 */
function finalSlugs(groups: ReadonlyMap<string, Gathered>): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const [base, members] of Map.groupBy(groups, ([, { base }]) => base)) {
    const owner = (members.length === 1 ? members[0] : members.find(([, group]) => group.plain))?.[0];
    if (owner !== undefined) {
      slugs.set(owner, base);
      taken.add(base);
    }
  }
  const rest = [...groups.keys()].filter((key) => !slugs.has(key)).sort();
  for (const key of rest) {
    const base = groups.get(key)?.base ?? '';
    let slug = `${base}-${fnv1aCodeUnitsHex(key).slice(0, 6)}`;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${fnv1aCodeUnitsHex(key).slice(0, 6)}-${n}`;
    slugs.set(key, slug);
    taken.add(slug);
  }
  return slugs;
}

/** Every spelling of every group → the group's slug, for links from articles to group pages. */
export function slugsByName(groups: readonly Group[]): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const group of groups) for (const name of group.names) slugs.set(name, group.slug);
  return slugs;
}

/**
 * The slugs one article's page links (its topics, its bylines, the agency it credits) and those
 * authors' profiles, out of the site's: what its page is made from, so that its key digests
 * only those. A name the site has no page for stays absent, as in the site's.
 */
export function slugsOfArticle(slugs: GroupSlugs, article: Pick<Article, 'tags' | 'authors' | 'source'>): GroupSlugs {
  const authors = pickNames(slugs.authors, article.source === undefined ? article.authors : [...article.authors, article.source]);
  // Without a profile among its own authors the page is the one a site without profiles makes.
  const profiles = pickNames(slugs.profiles ?? new Map<string, AuthorProfile>(), [...authors.values()]);
  return {
    topics: pickNames(slugs.topics, article.tags),
    authors,
    ...(profiles.size === 0 ? {} : { profiles }),
    // No fixed pages and an empty list link the same (the publisher's structured data).
    ...(slugs.sitePages === undefined || slugs.sitePages.length === 0 ? {} : { sitePages: slugs.sitePages }),
  };
}

function pickNames<T>(map: ReadonlyMap<string, T>, names: readonly string[]): Map<string, T> {
  const picked = new Map<string, T>();
  for (const name of names) {
    const value = map.get(name);
    if (value !== undefined) picked.set(name, value);
  }
  return picked;
}

/** The slug of the group page a name links to; an error when no group holds the name (the index was built from other articles). */
export function slugOfName(slugs: ReadonlyMap<string, string>, name: string): string {
  const slug = slugs.get(name);
  if (slug === undefined) throw new Error(`"${name}" belongs to no topic or author page of this build`);
  return slug;
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
