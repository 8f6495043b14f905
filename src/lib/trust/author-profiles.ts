import type { Article } from '../article.ts';
import { appendAll } from '../append-all.ts';
import { authorDirectory, nameKey, type AuthorDirectory } from '../content/author-references.ts';
import type { ProfileKind } from '../content/author-profile-schema.ts';
import type { SiteIndex } from '../site-index.ts';
import { slugsByName, type Group } from '../taxonomy.ts';
import type { SitePageSlug } from './site-pages.ts';

/** A profile's picture as pages and structured data use it. */
export interface ProfilePicture {
  /** The published copy's site path (`/authors/hanna-roe/portrait.jpg`), or the editor's https:// URL. */
  readonly url: string;
  readonly alt: string;
  /** The size of a picture of ours, shown on the author page; absent for an https:// one, which the CSP keeps off pages (structured data only). */
  readonly width?: number;
  readonly height?: number;
  /** `image.src` as written: the file beside the profile that is published, or the URL. */
  readonly src: string;
}

/** An author profile (`content/authors/<slug>.md`) as the site plan holds it: plain data, the bio rendered. */
export interface AuthorProfile {
  /** The file name's slug: the author page is `/authors/<slug>/`. */
  readonly slug: string;
  /** The profile file, relative to the project. */
  readonly file: string;
  /** The name bylines print, whatever spelling or slug an article used. */
  readonly name: string;
  readonly kind: ProfileKind;
  /** What they do ("Defence correspondent"). */
  readonly role?: string;
  /** The bio's HTML, sanitised by the Markdown pipeline; empty without a bio. */
  readonly bioHtml: string;
  /** The bio as plain text, cut to a summary: for the page's description and structured data. */
  readonly bioSummary: string;
  readonly image?: ProfilePicture;
  readonly links: { readonly website?: string; readonly social?: string };
}

/**
 * News agencies a byline may name: without a profile they are still organizations in
 * structured data, never people. Compared as names are (case and spacing aside).
 */
const KNOWN_AGENCIES: readonly string[] = [
  'AFP',
  'Agence France-Presse',
  'AP',
  'Associated Press',
  'The Associated Press',
  'Reuters',
  'Thomson Reuters',
  'PA',
  'PA Media',
  'Press Association',
  'dpa',
  'Deutsche Presse-Agentur',
  'EFE',
  'ANSA',
  'Kyodo',
  'Kyodo News',
  'Yonhap',
  'Xinhua',
  'Bloomberg',
  'UPI',
  'United Press International',
  'ANP',
  'Belga',
  'APA',
  'Anadolu Agency',
  'TASS',
];

const AGENCY_KEYS = new Set(KNOWN_AGENCIES.map(nameKey));

/** True when `name` is a known news agency's. */
export function isKnownAgency(name: string): boolean {
  return AGENCY_KEYS.has(nameKey(name));
}

/** The directory bylines are looked up in: by a profile's name or slug, case aside. */
export function profileDirectory(profiles: readonly AuthorProfile[]): AuthorDirectory<AuthorProfile> {
  return authorDirectory(profiles);
}

/**
 * The article with each byline that names a profile (by name or slug) spelled as the profile
 * names it, once: pages, feeds and search then print the same name everywhere. The same
 * object when nothing changed.
 */
export function withProfileNames(article: Article, directory: AuthorDirectory<AuthorProfile>): Article {
  if (article.authors.length === 0) return article;
  const names = [...new Set(article.authors.map((entry) => directory.resolve(entry)?.name ?? entry))];
  return names.length === article.authors.length && names.every((name, i) => name === article.authors[i]) ? article : { ...article, authors: names };
}

/**
 * The site's lists with its author profiles and fixed pages: a profiled author's page takes
 * the profile's slug and name (a byline's own page that had that slug moves to the next free
 * one, `-2`…), a profile no article names yet still has its page, and an agency's page (an
 * `organization` profile) also lists the stories credited to it (`source`) without a byline.
 * `slugs` gains the profiles by page slug and the pages that exist, for bylines and
 * structured data. The same index when there are neither.
 */
export function withAuthorProfiles(index: SiteIndex, profiles: readonly AuthorProfile[], sitePages: readonly SitePageSlug[]): SiteIndex {
  if (profiles.length === 0 && sitePages.length === 0) return index;
  const directory = authorDirectory(profiles);
  const order = new Map(index.articles.map((article, i) => [article.slug, i]));
  const newestFirst = (articles: readonly Article[]) => [...new Set(articles)].sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0));

  const profiled = new Map<string, { names: string[]; articles: Article[] }>();
  const plain: Group[] = [];
  for (const group of index.authors) {
    const profile = group.names.map((name) => directory.resolve(name)).find((found) => found !== undefined);
    if (profile === undefined) {
      plain.push(group);
      continue;
    }
    const gathered = profiled.get(profile.slug) ?? { names: [], articles: [] };
    appendAll(gathered.names, group.names);
    appendAll(gathered.articles, group.articles);
    profiled.set(profile.slug, gathered);
  }
  for (const profile of profiles.filter((p) => p.kind === 'organization')) {
    const credited = index.articles.filter((article) => article.authors.length === 0 && article.source !== undefined && directory.resolve(article.source) === profile);
    if (credited.length === 0) continue;
    const gathered = profiled.get(profile.slug) ?? { names: [], articles: [] };
    for (const article of credited) {
      if (article.source !== undefined) gathered.names.push(article.source);
      gathered.articles.push(article);
    }
    profiled.set(profile.slug, gathered);
  }

  const profileSlugs = new Set(profiles.map((p) => p.slug));
  const taken = new Set([...profileSlugs, ...plain.map((g) => g.slug)]);
  const moved = plain.map((group) => {
    if (!profileSlugs.has(group.slug)) return group;
    let n = 2;
    while (taken.has(`${group.slug}-${n}`)) n += 1;
    taken.add(`${group.slug}-${n}`);
    return { ...group, slug: `${group.slug}-${n}` };
  });
  const authors: Group[] = [
    ...profiles.map((profile) => {
      const gathered = profiled.get(profile.slug);
      return { slug: profile.slug, name: profile.name, names: [...new Set([profile.name, ...(gathered?.names ?? [])])], articles: newestFirst(gathered?.articles ?? []) };
    }),
    ...moved,
  ].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return {
    ...index,
    authors,
    slugs: {
      ...index.slugs,
      authors: slugsByName(authors),
      profiles: new Map(profiles.map((profile) => [profile.slug, profile])),
      sitePages,
    },
  };
}
