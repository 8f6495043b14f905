import { createFrontMatterSchema, KNOWN_FIELDS, type ArticleFrontMatter } from './article-schema.ts';
import { appendAll } from '../append-all.ts';
import { findDeepNesting } from './body-limits.ts';
import { checkStoryNames } from './check-story-names.ts';
import { checkTranslations } from './check-translations.ts';
import { readFrontMatterFields } from './front-matter.ts';
import { contentProblem, type ContentProblem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';
import type { SiteConfig } from '../site-config.ts';
import { isValidSlug, MAX_SLUG_LENGTH, slugFromFileName } from '../slugs.ts';
import { quoteForMessage } from '../text/quote-for-message.ts';

/** An article file as read from disk. */
export interface ArticleSource {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  readonly text: string;
}

/** An article file whose front matter passed every rule. */
export interface ValidatedArticle {
  readonly file: string;
  readonly slug: string;
  readonly frontMatter: ArticleFrontMatter;
  readonly body: string;
  /** 1-based line where the body starts in the file. */
  readonly bodyLine: number;
  /** 1-based line of a front-matter field in the file (`image.src` gives the line of `image`). */
  readonly lineOf: (field: string) => number | undefined;
}

/** What validating a whole collection found. */
export interface ValidationResult {
  readonly articles: ValidatedArticle[];
  readonly problems: ContentProblem[];
}

/**
 * Checks every article against the schema and the rules that span articles (unique slugs,
 * pinned related links that exist, aliases that collide with nothing), and reports every
 * problem in every file at once.
 */
export function validateArticles(sources: readonly ArticleSource[], site: SiteConfig): ValidationResult {
  const schema = createFrontMatterSchema(site);
  const problems: ContentProblem[] = [];
  // Every file whose front matter could be read takes part in the checks across articles,
  // valid or not, so one run reports a duplicate slug even beside a bad date.
  const records: FileRecord[] = [];

  for (const source of sources) {
    const problem = (field: string, message: string, line?: number, severity: 'error' | 'warning' = 'error') => problems.push(contentProblem(source.file, line, field, message, severity));
    // Whatever goes wrong in one file is that file's problem: the others are still checked.
    try {
      const read = readFrontMatterFields(source.text, problem);
      if (read === undefined) continue;
      const { parsed, data } = read;
      for (const key of Object.keys(data)) {
        if (!(KNOWN_FIELDS as readonly string[]).includes(key)) {
          const hint = suggestField(key);
          // A key can be a line long: it is shown cut short.
          const shown = key.length > 60 ? quoteForMessage(key) : key;
          problem(shown, `is not a field of the article format and is ignored${hint ? ` (did you mean "${hint}"?)` : ''}`, parsed.lineOf(key), 'warning');
        }
      }
      const result = schema.safeParse(data);
      if (!result.success) {
        // The schema sees 7 where the editor wrote `007`: schemaProblems shows what they wrote.
        for (const found of schemaProblems(result.error.issues, data, parsed, MISSING)) problem(found.field, found.message, found.line);
      }
      const { slug, fromField } = articleSlug(data, source.file);
      if (slug === '') {
        problem('slug', 'the file name has no letters or digits to make a slug from: add a `slug` field', 1);
        continue;
      }
      if (!fromField && slug.length > MAX_SLUG_LENGTH) {
        problem(
          'slug',
          `the file name gives a slug of ${slug.length} characters, more than ${MAX_SLUG_LENGTH} (it names a folder of the site and a URL): shorten the name or add a shorter \`slug\` field`,
          1,
        );
        continue;
      }
      if (result.success && parsed.body.trim() === '') problem('body', 'the article has no text', parsed.bodyLine, 'warning');
      for (const deep of findDeepNesting(parsed.body)) problem('body', deep.message, parsed.bodyLine + deep.line - 1);
      records.push({
        file: source.file,
        slug,
        slugFromField: fromField,
        title: typeof data['title'] === 'string' ? data['title'].trim() : undefined,
        related: slugList(data['related']),
        aliases: slugList(data['aliases']),
        translations: slugList(data['translations']),
        story: typeof data['story'] === 'string' ? data['story'] : undefined,
        lang: result.success ? (result.data.lang ?? site.language) : site.language,
        lineOf: parsed.lineOf,
        ...(result.success ? { valid: { file: source.file, slug, frontMatter: result.data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf } } : {}),
      });
    } catch (thrown) {
      problem('file', `could not be checked: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    }
  }

  const bySlug = Map.groupBy(records, (record) => record.slug);
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const record of group) {
      const others = group
        .filter((r) => r !== record)
        .map((r) => r.file)
        .join(', ');
      const how = record.slugFromField ? 'its `slug` field gives' : 'its file name gives';
      problems.push({
        file: record.file,
        ...lineAt(record, 'slug'),
        field: 'slug',
        message: `${how} the slug "${slug}", which ${others} also has: every article needs its own slug`,
        severity: 'error',
      });
    }
  }

  const aliasOwner = new Map<string, string>();
  for (const record of records) {
    for (const alias of record.aliases) {
      const live = bySlug.get(alias)?.[0];
      if (live) {
        problems.push({
          file: record.file,
          ...lineAt(record, 'aliases'),
          field: 'aliases',
          message: `"${alias}" is the slug of a live article (${live.file}): an alias must be an old slug no article uses`,
          severity: 'error',
        });
      } else if (aliasOwner.has(alias) && aliasOwner.get(alias) !== record.file) {
        problems.push({
          file: record.file,
          ...lineAt(record, 'aliases'),
          field: 'aliases',
          message: `"${alias}" is also an alias of ${aliasOwner.get(alias)}: an old URL can lead to one article only`,
          severity: 'error',
        });
      } else {
        aliasOwner.set(alias, record.file);
      }
    }
    for (const pinned of record.related) {
      if (pinned === record.slug) {
        problems.push({ file: record.file, ...lineAt(record, 'related'), field: 'related', message: `"${pinned}" is this article itself`, severity: 'error' });
      } else if (!bySlug.has(pinned)) {
        problems.push({ file: record.file, ...lineAt(record, 'related'), field: 'related', message: `"${pinned}" names no article`, severity: 'error' });
      }
    }
  }

  appendAll(problems, checkTranslations(records));
  appendAll(problems, checkStoryNames(records));

  const byTitle = new Map<string, string>();
  for (const record of records) {
    if (record.title === undefined) continue;
    const key = record.title.toLowerCase().replace(/\s+/g, ' ');
    const first = byTitle.get(key);
    if (first) problems.push({ file: record.file, ...lineAt(record, 'title'), field: 'title', message: `the same headline as ${first}`, severity: 'warning' });
    else byTitle.set(key, record.file);
  }

  const refused = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const articles = records.flatMap((r) => (r.valid && !refused.has(r.file) ? [r.valid] : []));
  return { articles, problems };
}

/** An article's slug: its valid `slug` field, else the one its file name gives (empty when it gives none). */
export function articleSlug(data: Readonly<Record<string, unknown>>, file: string): { slug: string; fromField: boolean } {
  const own = data['slug'];
  return typeof own === 'string' && isValidSlug(own) ? { slug: own, fromField: true } : { slug: slugFromFileName(file), fromField: false };
}

const MISSING = new Map([
  ['image.alt', 'is required when the image has a src: describe the picture for readers who cannot see it'],
  ['image.src', 'is required: the path of the picture beside the article, or an https:// URL'],
]);

interface FileRecord {
  readonly file: string;
  readonly slug: string;
  readonly slugFromField: boolean;
  readonly title: string | undefined;
  readonly related: readonly string[];
  readonly aliases: readonly string[];
  readonly translations: readonly string[];
  readonly story: string | undefined;
  readonly lang: string;
  readonly lineOf: (field: string) => number | undefined;
  readonly valid?: ValidatedArticle;
}

function slugList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function lineAt(article: { lineOf: (field: string) => number | undefined }, field: string): { line?: number } {
  const line = article.lineOf(field);
  return line === undefined ? {} : { line };
}

// Names editors use for the format's fields. A Map, since the keys looked up are the editor's
// own: in a plain object `__proto__` or `constructor` would find Object's and be "suggested".
const FIELD_SYNONYMS = new Map([
  ['headline', 'title'],
  ['standfirst', 'description'],
  ['summary', 'description'],
  ['author', 'authors'],
  ['byline', 'authors'],
  ['tag', 'tags'],
  ['topics', 'tags'],
  ['category', 'section'],
  ['published', 'date'],
  ['modified', 'updated'],
  ['credit', 'source'],
]);
// Longer keys are no misspelling of a field, and the distance would cost their length squared.
const MAX_SUGGESTED_FROM = 40;

function suggestField(key: string): string | undefined {
  const lower = key.toLowerCase();
  const synonym = FIELD_SYNONYMS.get(lower);
  return synonym ?? nearestField(lower, KNOWN_FIELDS);
}

/** The one of `fields` that `key` likely misspells (two edits at most, case aside): for a "did you mean"; undefined when none is near. */
export function nearestField(key: string, fields: readonly string[]): string | undefined {
  if (key.length > MAX_SUGGESTED_FROM) return undefined;
  const lower = key.toLowerCase();
  return fields.find((field) => editDistance(field, lower) <= 2);
}

/** How many single-character edits turn `a` into `b` (Levenshtein): how near a misspelling is to a name. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
