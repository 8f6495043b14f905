import type { z } from 'zod';
import { groupSlug } from '../taxonomy.ts';
import type { SiteConfig } from '../site-config.ts';
import { slugFromFileName } from '../slugs.ts';
import { quoteForMessage } from '../text/quote-for-message.ts';
import { isSitePageSlug, SITE_PAGE_SLUGS, sitePagePath, type SitePageSlug } from '../trust/site-pages.ts';
import { authorProfileSchema, MAX_BIO_LENGTH, PROFILE_FIELDS, type ProfileKind } from './author-profile-schema.ts';
import { findDeepNesting } from './body-limits.ts';
import { readFrontMatterFields } from './front-matter.ts';
import { contentProblem, type ContentProblem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';
import { MAX_SITE_PAGE_LENGTH, SITE_PAGE_FIELDS, sitePageSchema } from './site-page-schema.ts';
import { nearestField, type ArticleSource } from './validate-articles.ts';

/** An author profile that passed every rule: plain data, its bio still Markdown. */
export interface ValidatedProfile {
  readonly file: string;
  /** The file's name as a slug: the author page's address. */
  readonly slug: string;
  readonly name: string;
  readonly role?: string;
  readonly kind: ProfileKind;
  /** As written: a path from the profile's folder, or an https:// URL; `line` is that of `image.src`. */
  readonly image?: { readonly src: string; readonly alt: string; readonly line?: number };
  readonly links: { readonly website?: string; readonly social?: string };
  /** The bio, Markdown, trimmed; empty when the profile has none. */
  readonly bio: string;
}

/** A fixed page that passed every rule; its body still Markdown. */
export interface ValidatedSitePage {
  readonly file: string;
  readonly slug: SitePageSlug;
  readonly title: string;
  readonly description?: string;
  readonly body: string;
}

/** The files of the folders beside the articles: author profiles and fixed pages. */
export interface SiteContentSources {
  readonly authors: readonly ArticleSource[];
  readonly pages: readonly ArticleSource[];
}

/** What validating the profiles and pages found. */
export interface SiteContentValidation {
  readonly profiles: ValidatedProfile[];
  readonly pages: ValidatedSitePage[];
  readonly problems: ContentProblem[];
}

/** Where the site's configuration is, as problems with it name it. */
const SITE_CONFIG_FILE = 'src/site.config.ts';

/**
 * Addresses at the site's root that the site itself uses: the fixed pages, and the folders of
 * its routes (those of the corrections log and the kinds of work too). A section front is
 * published at `/<slug>/`, so a section may take none of them.
 */
const RESERVED_ROOT_SLUGS: readonly string[] = [...SITE_PAGE_SLUGS, 'articles', 'authors', 'topics', 'archive', 'latest', 'search', 'feeds', 'share', 'corrections', 'type', 'pagefind'];

/**
 * Checks every author profile and fixed page, and the rules that span them: one profile per
 * slug and per name (names compared as author pages compare them: without case, accents or
 * punctuation), only the closed list of fixed pages, and no section at a fixed page's address.
 * Reports every problem of every file at once; a file with an error is left out of the result.
 */
export function validateSiteContent(sources: SiteContentSources, site: SiteConfig): SiteContentValidation {
  const problems: ContentProblem[] = [];
  const profiles: ValidatedProfile[] = [];
  const pages: ValidatedSitePage[] = [];
  const nameLines = new Map<string, number | undefined>();

  for (const source of sources.authors) {
    const read = readFile(source, PROFILE_FIELDS, 'an author profile', authorProfileSchema, problems);
    if (read === undefined) continue;
    const { data, body: bio, slug } = read;
    if (bio.length > MAX_BIO_LENGTH)
      problems.push(contentProblem(source.file, read.bodyLine, 'body', `the bio is ${bio.length} characters long, more than ${MAX_BIO_LENGTH}: a profile's bio is a short paragraph or two`));
    if (bio === '') problems.push({ file: source.file, line: read.bodyLine, field: 'body', message: 'the profile has no bio: its author page shows only the name and role', severity: 'warning' });
    if (data === undefined) continue;
    nameLines.set(source.file, read.lineOf('name'));
    // The line of `src:` itself, else of `image:`.
    const srcLine = read.lineOf('image.src');
    profiles.push({
      file: source.file,
      slug,
      name: data.name,
      ...(data.role === undefined ? {} : { role: data.role }),
      kind: data.kind ?? 'person',
      ...(data.image === undefined ? {} : { image: { ...data.image, ...(srcLine === undefined ? {} : { line: srcLine }) } }),
      links: { ...(data.links?.website === undefined ? {} : { website: data.links.website }), ...(data.links?.social === undefined ? {} : { social: data.links.social }) },
      bio,
    });
  }

  for (const source of sources.pages) {
    const read = readFile(source, SITE_PAGE_FIELDS, 'a fixed page', sitePageSchema, problems);
    if (read === undefined) continue;
    const { data, body, slug } = read;
    if (!isSitePageSlug(slug)) {
      const allowed = SITE_PAGE_SLUGS.map((name) => `${name}.md`).join(', ');
      problems.push(
        contentProblem(
          source.file,
          undefined,
          'file',
          `${quoteForMessage(slug)} is not one of the site's fixed pages: name the file one of ${allowed} (or start its name with "_" to keep it as a note)`,
        ),
      );
      continue;
    }
    if (body === '') problems.push(contentProblem(source.file, read.bodyLine, 'body', 'the page has no text'));
    if (body.length > MAX_SITE_PAGE_LENGTH) problems.push(contentProblem(source.file, read.bodyLine, 'body', `the page is ${body.length} characters long, more than ${MAX_SITE_PAGE_LENGTH}`));
    if (data === undefined) continue;
    pages.push({ file: source.file, slug, title: data.title, ...(data.description === undefined ? {} : { description: data.description }), body });
  }

  duplicates(
    profiles,
    (profile) => profile.slug,
    (profile, others) => contentProblem(profile.file, 1, 'file', `its file name gives the slug "${profile.slug}", which ${others} also has: every author needs a file name of their own`),
    problems,
  );
  duplicates(
    profiles,
    (profile) => groupSlug(profile.name),
    (profile, others) =>
      contentProblem(
        profile.file,
        nameLines.get(profile.file),
        'name',
        `${quoteForMessage(profile.name)} is the name of ${others} too (names are compared without case, accents or punctuation): bylines could not tell them apart`,
      ),
    problems,
  );
  const slugOwners = new Map(profiles.map((profile) => [profile.slug, profile.file]));
  for (const profile of profiles) {
    const owner = slugOwners.get(profile.name.toLowerCase());
    if (owner !== undefined && owner !== profile.file)
      problems.push(contentProblem(profile.file, nameLines.get(profile.file), 'name', `${quoteForMessage(profile.name)} is the slug of ${owner}: a byline naming it would name both`));
  }
  duplicates(
    pages,
    (page) => page.slug,
    (page, others) => contentProblem(page.file, 1, 'file', `is the page "${page.slug}", which ${others} is too: keep one`),
    problems,
  );

  site.sections.forEach((section, i) => {
    if (RESERVED_ROOT_SLUGS.includes(section.slug)) {
      const what = isSitePageSlug(section.slug) ? `the address of the fixed page ${sitePagePath(section.slug)}` : `a folder the site uses (/${section.slug}/)`;
      problems.push(contentProblem(SITE_CONFIG_FILE, undefined, `sections.${i}.slug`, `"${section.slug}" is ${what}: give the section another slug`));
    }
  });

  const refused = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return { profiles: profiles.filter((p) => !refused.has(p.file)), pages: pages.filter((p) => !refused.has(p.file)), problems };
}

interface ReadFile<T> {
  /** The front matter, when it passed the schema. */
  readonly data: T | undefined;
  /** The body, Markdown, trimmed: a profile's bio or a page's text. */
  readonly body: string;
  readonly slug: string;
  readonly bodyLine: number;
  readonly lineOf: (field: string) => number | undefined;
}

// One file's front matter against its schema, every problem reported; undefined when it cannot be read at all.
function readFile<S extends z.ZodType>(source: ArticleSource, fields: readonly string[], what: string, schema: S, problems: ContentProblem[]): ReadFile<z.output<S>> | undefined {
  const problem = (field: string, message: string, line?: number, severity: 'error' | 'warning' = 'error') => problems.push(contentProblem(source.file, line, field, message, severity));
  try {
    const read = readFrontMatterFields(source.text, problem);
    if (read === undefined) return undefined;
    const { parsed, data } = read;
    for (const key of Object.keys(data)) {
      if (!fields.includes(key)) {
        const hint = nearestField(key, fields);
        problem(key.length > 60 ? quoteForMessage(key) : key, `is not a field of ${what} and is ignored${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`, parsed.lineOf(key), 'warning');
      }
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const found of schemaProblems(result.error.issues, data, parsed, MISSING)) {
        // A field left out has no line of its own: the front matter's first line is where it belongs.
        problem(found.field, found.message, found.line ?? (found.missing ? frontMatterLine(source.text) : undefined));
      }
    }
    const slug = slugFromFileName(source.file);
    if (slug === '') {
      problem('file', 'the file name has no letters or digits to make a slug from: rename it (e.g. jane-doe.md)', 1);
      return undefined;
    }
    const body = parsed.body.trim();
    for (const deep of findDeepNesting(parsed.body)) problem('body', deep.message, parsed.bodyLine + deep.line - 1);
    return { data: result.success ? result.data : undefined, body, slug, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf };
  } catch (thrown) {
    problem('file', `could not be checked: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    return undefined;
  }
}

const MISSING = new Map([
  ['name', 'is required: the name bylines print, e.g. name: Jane Doe'],
  ['title', 'is required: the page heading, e.g. title: About us'],
  ['image.alt', 'is required when the image has a src: describe the picture for readers who cannot see it'],
  ['image.src', 'is required: the path of the picture beside the profile, or an https:// URL'],
]);

// Each item whose key another item shares gets a problem naming the others.
function duplicates<T extends { readonly file: string }>(items: readonly T[], keyOf: (item: T) => string, problemOf: (item: T, others: string) => ContentProblem, problems: ContentProblem[]): void {
  const byKey = Map.groupBy(items, keyOf);
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const item of group) {
      problems.push(
        problemOf(
          item,
          group
            .filter((other) => other !== item)
            .map((other) => other.file)
            .join(', '),
        ),
      );
    }
  }
}

// The line of the opening "---".
function frontMatterLine(text: string): number {
  const index = text.split('\n').findIndex((line) => /^\uFEFF?---[ \t]*\r?$/.test(line));
  return index === -1 ? 1 : index + 1;
}
