import { z } from 'zod';
import { parseArticleDate } from '../dates.ts';
import type { SiteConfig } from '../site-config.ts';
import { isValidSlug } from '../slugs.ts';

/** Every front-matter field the content format defines, plus our optional `aliases`. */
export const KNOWN_FIELDS = [
  'title', 'date', 'description', 'updated', 'section', 'tags', 'authors', 'source',
  'image', 'slug', 'related', 'draft', 'aliases',
] as const;

// YAML reads an unquoted headline such as `1984` as a number; editors mean text.
const text = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string({ error: 'must be text' }));

const singleLine = (max: number, what: string) =>
  text
    .transform((v) => v.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, `${what} is empty`).max(max, `${what} is longer than ${max} characters`));

const slug = z
  .string({ error: 'must be a slug' })
  .refine(isValidSlug, { error: (issue) => `${JSON.stringify(issue.input)} is not a slug (lower-case a–z, 0–9 and single hyphens)` });

const list = (what: string) =>
  z.array(singleLine(200, what), { error: `must be a list, e.g. [${what === 'tag' ? 'North Korea, Russia' : 'Jane Doe'}]` });

const imageSource = z
  .string({ error: 'must be a path or an https:// URL' })
  .trim()
  .min(1, 'is empty')
  .refine((v) => /^https:\/\//i.test(v) || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(v), {
    error: 'must be a path relative to the article or an https:// URL',
  });

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
      section: z
        .string({ error: 'must be a section slug' })
        .refine((v) => sectionSlugs.includes(v), {
          error: (issue) => `${JSON.stringify(issue.input)} is not a section of this site (one of: ${sectionSlugs.join(', ')})`,
        })
        .optional(),
      tags: list('tag').optional(),
      authors: list('author').optional(),
      source: singleLine(100, 'the source').optional(),
      image: z
        .object(
          {
            src: imageSource,
            alt: z.string({ error: 'is required when the image has a src: describe the image for readers who cannot see it' }).trim().min(1, 'is empty: describe the image'),
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
    })
    .superRefine((value, ctx) => {
      if (value.updated === undefined) return;
      const published = parseArticleDate(value.date, site.timeZone);
      const updated = parseArticleDate(value.updated, site.timeZone);
      if (published.ok && updated.ok && updated.date.getTime() < published.date.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: `${value.updated} is before the publication date ${value.date}` });
      }
    });
}
