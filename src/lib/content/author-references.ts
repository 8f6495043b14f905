import { quoteForMessage } from '../text/quote-for-message.ts';
import { contentProblem, type ContentProblem } from './problems.ts';
import { editDistance } from './validate-articles.ts';

/** What a byline can name a profile by: its slug (the file name) or its name. */
export interface ProfileIdentity {
  readonly slug: string;
  readonly name: string;
  readonly file: string;
}

/** Finds the profile an article's `authors:` entry names, or the one it most likely meant. */
export interface AuthorDirectory<P extends ProfileIdentity> {
  /** The profile whose name or slug `entry` is, case aside; undefined for a plain byline. */
  resolve(entry: string): P | undefined;
  /** The profile `entry` is a near miss of (a letter or two off), for a "did you mean"; undefined when none is near. */
  closest(entry: string): P | undefined;
}

// Longer entries are no misspelling of a name, and the distance would cost their length squared.
const MAX_SUGGESTED_FROM = 60;

/** How a name is compared: case, Unicode form and runs of spaces aside. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The directory of `profiles` (names and slugs unique: validateSiteContent sees to it). */
export function authorDirectory<P extends ProfileIdentity>(profiles: readonly P[]): AuthorDirectory<P> {
  const byKey = new Map<string, P>();
  for (const profile of profiles) byKey.set(profile.slug, profile);
  // A name wins over a slug spelled the same, though validation lets no two profiles clash so.
  for (const profile of profiles) byKey.set(nameKey(profile.name), profile);
  const keyed = profiles.map((profile) => ({ profile, name: nameKey(profile.name) }));
  return {
    resolve: (entry) => byKey.get(nameKey(entry)),
    closest: (entry) => {
      const key = nameKey(entry);
      if (key.length > MAX_SUGGESTED_FROM || byKey.has(key)) return undefined;
      // A letter or two off, and no more than a quarter of the name: "Hana Roe" is Hanna Roe; "AP" is not AFP.
      const allowed = Math.min(2, Math.floor(key.length / 4));
      let best: P | undefined;
      let bestDistance = allowed + 1;
      for (const { profile, name } of keyed) {
        const distance = Math.min(editDistance(name, key), editDistance(profile.slug, key));
        if (distance < bestDistance) {
          best = profile;
          bestDistance = distance;
        }
      }
      return best;
    },
  };
}

/** The part of a validated article the byline check reads. */
export interface BylineSource {
  readonly file: string;
  readonly frontMatter: { readonly authors?: readonly string[] | undefined };
  readonly lineOf: (field: string) => number | undefined;
}

/**
 * The check across articles and profiles, for the build and `npm run check:content` alike: an
 * `authors:` entry that names no profile stays a plain byline with an author page of its own,
 * and when it is a near miss of a profile's name or slug it gets a warning suggesting it
 * (bylines with no profile near them are freelancers and guests, not mistakes: no warning).
 */
export function checkAuthorReferences(articles: readonly BylineSource[], profiles: readonly ProfileIdentity[]): ContentProblem[] {
  if (profiles.length === 0) return [];
  const directory = authorDirectory(profiles);
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    (article.frontMatter.authors ?? []).forEach((entry, i) => {
      if (directory.resolve(entry) !== undefined) return;
      const near = directory.closest(entry);
      if (near === undefined) return;
      const field = `authors.${i}`;
      problems.push(
        contentProblem(article.file, article.lineOf(field), field, `${quoteForMessage(entry)} has no author profile and stays a plain byline: did you mean "${near.name}" (${near.file})?`, 'warning'),
      );
    });
  }
  return problems;
}
