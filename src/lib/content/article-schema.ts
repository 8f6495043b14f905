import { z } from 'zod';
import { parseArticleDate } from '../dates.ts';
import type { SiteConfig } from '../site-config.ts';
import { isValidSlug, MAX_SLUG_LENGTH } from '../slugs.ts';
import { checkLanguageTag } from '../i18n/language.ts';
import { groupSlug } from '../taxonomy.ts';
import { WORK_TYPES, isWorkType } from '../trust/work-type.ts';
import { balanceBidiControls } from '../text/bidi.ts';
import { quoteForMessage } from '../text/quote-for-message.ts';
import { stripForbiddenCharacters } from '../text/xml-characters.ts';

/** Every front-matter field the content format defines, plus our optional `aliases`. */
export const KNOWN_FIELDS = [
  'title',
  'date',
  'description',
  'updated',
  'section',
  'tags',
  'authors',
  'source',
  'image',
  'slug',
  'related',
  'draft',
  'aliases',
  'type',
  'dateline',
  'corrections',
  'updates',
  'lang',
  'translations',
  'story',
] as const;

/**
 * Why a value YAML did not read as text is refused where text is meant, shown as the editor
 * wrote it (`written`, else as YAML read it): an unquoted `007` would become "7", `1.50`
 * "1.5", `1e400` "Infinity". Undefined for text, lists and maps, which get their field's message.
 */
export function notTextMessage(value: unknown, written?: string): string | undefined {
  const shown = written === undefined ? undefined : written.length > 60 ? `${written.slice(0, 60)}…` : written;
  if (typeof value === 'number') return `${shown ?? String(value)} is read as a number; put it in quotes: ${quoteForMessage(written ?? String(value))}`;
  if (typeof value === 'boolean') return `${shown ?? String(value)} is read as true/false, not text; put it in quotes: ${quoteForMessage(written ?? String(value))}`;
  if (value === null) {
    if (written === '') return 'is empty';
    return `${shown ?? 'null'} is read as "no value"; put it in quotes if you mean the word (${quoteForMessage(written ?? 'null')}), or leave the field out`;
  }
  return undefined;
}

// Text an editor wrote, never a number or true/false YAML read in its place.
const text = (otherwise: string) => z.string({ error: (issue) => notTextMessage(issue.input) ?? otherwise });

// As stored: the door already did this (src/lib/content/front-matter.ts); done again for data
// that reaches the schema another way (the content layer's own parse of what was stored).
const stored = (value: string): string => balanceBidiControls(stripForbiddenCharacters(value));

const singleLine = (max: number, what: string) =>
  text('must be text')
    .transform((v) => stored(v.trim().replace(/\s+/g, ' ')))
    .pipe(z.string().min(1, `${what} is empty`).max(max, `${what} is longer than ${max} characters`));

const slug = text('must be a slug').refine((v) => isValidSlug(v) && v.length <= MAX_SLUG_LENGTH, {
  error: (issue) => slugProblem(String(issue.input)),
});

/** Why `value` is not a slug an article, an alias or a pinned link may have. */
export function slugProblem(value: string): string {
  if (!isValidSlug(value)) return `${quoteForMessage(value)} is not a slug (lower-case a–z, 0–9 and single hyphens)`;
  return `is ${value.length} characters long: a slug has at most ${MAX_SLUG_LENGTH}, since it names a folder of the site and a URL`;
}

// A topic's or an author's page is named by the slug of the name; taxonomy.ts may add a short
// suffix to tell apart names that slug alike, so the name's own slug leaves room for it.
const MAX_NAME_SLUG_LENGTH = MAX_SLUG_LENGTH - 10;

// The same few hundred tags and bylines recur across a big site: each name's slug is worked out once.
const nameSlugLengths = new Map<string, number>();
const NAME_SLUG_CACHE_LIMIT = 50_000;

function nameSlugLength(name: string): number {
  let length = nameSlugLengths.get(name);
  if (length === undefined) {
    if (nameSlugLengths.size >= NAME_SLUG_CACHE_LIMIT) nameSlugLengths.clear();
    length = groupSlug(name).length;
    nameSlugLengths.set(name, length);
  }
  return length;
}

const list = (what: 'tag' | 'author') =>
  z.array(
    singleLine(200, what).refine((name) => nameSlugLength(name) <= MAX_NAME_SLUG_LENGTH, {
      error: (issue) =>
        `${quoteForMessage(String(issue.input))} makes a page address (${what === 'tag' ? 'topic' : 'author'} slug) of ${nameSlugLength(String(issue.input))} characters, more than ${MAX_NAME_SLUG_LENGTH}: shorten it`,
    }),
    { error: `must be a list, e.g. [${what === 'tag' ? 'North Korea, Russia' : 'Jane Doe'}]` },
  );

const imageSource = text('must be a path or an https:// URL')
  .trim()
  .min(1, 'is empty')
  .refine((v) => /^https:\/\//i.test(v) || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(v), {
    error: 'must be a path relative to the article or an https:// URL',
  });

/** Longest text of one correction or update: a notice, not an article. */
const MAX_CHANGE_TEXT_LENGTH = 2000;

// A corrections or updates log: a list of { date, text }, text in Markdown (rendered and
// sanitised like the body), dates under the same rules as `date`.
const changeLog = (kind: 'correction' | 'update', date: z.ZodType<string, unknown>) =>
  z.array(
    z.object(
      {
        date,
        text: text(`must be text: what was ${kind === 'correction' ? 'corrected' : 'added'}`)
          .transform((v) => stored(v.trim()))
          .pipe(
            z
              .string()
              .min(1, `is empty: say what was ${kind === 'correction' ? 'corrected' : 'added'}`)
              .max(MAX_CHANGE_TEXT_LENGTH, `is longer than ${MAX_CHANGE_TEXT_LENGTH} characters`),
          ),
      },
      { error: `must be { date, text }, e.g. - date: 2023-09-13T10:00:00+01:00\n    text: …` },
    ),
    { error: `must be a list of { date, text }` },
  );

/** The validated front matter of one article, as stored: dates are checked but kept as written. */
export type ArticleFrontMatter = z.output<ReturnType<typeof createFrontMatterSchema>>;

/**
 * The zod schema of an article's front matter under the site's rules (sections, time zone).
 * Dates are validated here and turned into instants by `toArticle`, so the stored data
 * never depends on the machine or the time zone in force when it was cached.
 */
export function createFrontMatterSchema(site: SiteConfig) {
  const sectionSlugs = site.sections.map((s) => s.slug);
  const date = z.unknown().transform((value, ctx) => {
    const parsed = parseArticleDate(value, site.timeZone);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }
    return typeof value === 'string' ? value.trim() : parsed.date.toISOString();
  });
  return z
    .object({
      title: singleLine(200, 'the headline'),
      date,
      description: singleLine(600, 'the standfirst').optional(),
      updated: date.optional(),
      section: text('must be a section slug')
        .refine((v) => sectionSlugs.includes(v), {
          error: (issue) => `${quoteForMessage(String(issue.input))} is not a section of this site (one of: ${sectionSlugs.join(', ')})`,
        })
        .optional(),
      tags: list('tag').optional(),
      authors: list('author').optional(),
      source: singleLine(100, 'the source').optional(),
      image: z
        .object(
          {
            src: imageSource,
            alt: text('is required when the image has a src: describe the image for readers who cannot see it')
              .transform((v) => stored(v.trim()))
              .pipe(z.string().min(1, 'is empty: describe the image')),
            caption: singleLine(500, 'the caption').optional(),
            credit: singleLine(200, 'the credit').optional(),
          },
          { error: 'must be { src, alt, caption?, credit? }' },
        )
        .optional(),
      slug: slug.optional(),
      related: z.array(slug, { error: 'must be a list of slugs' }).optional(),
      draft: z.boolean({ error: 'must be true or false' }).optional(),
      aliases: z.array(slug, { error: 'must be a list of old slugs' }).optional(),
      type: text('must be a kind of work')
        .refine(isWorkType, { error: (issue) => `${quoteForMessage(String(issue.input))} is not a kind of work (one of: ${WORK_TYPES.join(', ')})` })
        .optional(),
      dateline: singleLine(60, 'the dateline').optional(),
      corrections: changeLog('correction', date).optional(),
      updates: changeLog('update', date).optional(),
      lang: text('must be a language tag, e.g. ar')
        .transform((value, ctx) => {
          const checked = checkLanguageTag(value);
          if (checked.ok) return checked.tag;
          ctx.addIssue({ code: 'custom', message: checked.message });
          return z.NEVER;
        })
        .optional(),
      translations: z.array(slug, { error: 'must be a list of the slugs of this story in other languages' }).optional(),
      story: text('must be a story slug, or none')
        .refine((v) => v === 'none' || (isValidSlug(v) && v.length <= MAX_SLUG_LENGTH), {
          error: (issue) => `${quoteForMessage(String(issue.input))} is not a story slug (lower-case a–z, 0–9 and single hyphens) nor none`,
        })
        .optional(),
    })
    .superRefine((value, ctx) => {
      const published = parseArticleDate(value.date, site.timeZone);
      if (!published.ok) return;
      const notBefore = (written: string, path: (string | number)[]) => {
        const parsed = parseArticleDate(written, site.timeZone);
        if (parsed.ok && parsed.date.getTime() < published.date.getTime()) {
          ctx.addIssue({ code: 'custom', path, message: `${written} is before the publication date ${value.date}` });
        }
      };
      if (value.updated !== undefined) notBefore(value.updated, ['updated']);
      for (const field of ['corrections', 'updates'] as const) value[field]?.forEach((change, i) => notBefore(change.date, [field, i, 'date']));
    });
}
