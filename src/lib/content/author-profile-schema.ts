import { z } from 'zod';
import { quoteForMessage } from '../text/quote-for-message.ts';
import { notTextMessage } from './article-schema.ts';

/** Every front-matter field of an author profile (`content/authors/<slug>.md`); the bio is the body. */
export const PROFILE_FIELDS = ['name', 'role', 'kind', 'image', 'links'] as const;

/** What a profile describes: a journalist, or an agency or other body credited as one (AFP, Reuters). */
const PROFILE_KINDS = ['person', 'organization'] as const;

/** One kind of profile. */
export type ProfileKind = (typeof PROFILE_KINDS)[number];

/** Longest bio, in characters of Markdown: a short paragraph or two above the author's stories, not an article. */
export const MAX_BIO_LENGTH = 3000;

// Text an editor wrote, never a number or true/false YAML read in its place.
const text = (otherwise: string) => z.string({ error: (issue) => notTextMessage(issue.input) ?? otherwise });

/** One line of text, spaces collapsed, between 1 and `max` characters; `what` names it in messages. */
export const singleLineText = (max: number, what: string) =>
  text('must be text')
    .transform((v) => v.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, `${what} is empty`).max(max, `${what} is longer than ${max} characters`));

/** Why `value` is not an https:// URL a page may link to; undefined when it is one. */
function httpsUrlProblem(value: string): string | undefined {
  if (!/^https:\/\//i.test(value)) return `${quoteForMessage(value)} is not an https:// URL`;
  if (/\s/.test(value)) return `${quoteForMessage(value)} holds a space: write the URL without spaces`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${quoteForMessage(value)} is not a URL`;
  }
  if (url.username !== '' || url.password !== '') return `${quoteForMessage(value)} holds a user name or password: link to the public page`;
  if (url.hostname === '' || !url.hostname.includes('.')) return `${quoteForMessage(value)} names no host on the web`;
  return undefined;
}

const httpsUrl = text('must be an https:// URL')
  .trim()
  .max(500, 'is longer than 500 characters')
  .superRefine((value, ctx) => {
    const problem = httpsUrlProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

// A picture beside the profile (published beside the author page) or an https:// URL (used
// in structured data only: the pages' CSP loads nothing from other origins).
const pictureSource = text('must be a path or an https:// URL')
  .trim()
  .min(1, 'is empty')
  .refine((v) => /^https:\/\//i.test(v) || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(v), {
    error: 'must be a path relative to the profile or an https:// URL',
  });

// A nested map's own message: what it must hold, or which of its keys is not one of them.
const mapOf = (shape: string) => (issue: { code: string; keys?: readonly string[] }) =>
  issue.code === 'unrecognized_keys' ? `${(issue.keys ?? []).map((key) => quoteForMessage(key)).join(', ')} is not a field of it: it must be ${shape}` : `must be ${shape}`;

/** The zod schema of an author profile's front matter. */
export const authorProfileSchema = z.object({
  name: singleLineText(100, 'the name'),
  role: singleLineText(100, 'the role').optional(),
  kind: text('must be person or organization')
    .refine((v): v is ProfileKind => (PROFILE_KINDS as readonly string[]).includes(v), {
      error: (issue) => `${quoteForMessage(String(issue.input))} is not a kind of profile (one of: ${PROFILE_KINDS.join(', ')})`,
    })
    .optional(),
  image: z
    .strictObject(
      {
        src: pictureSource,
        alt: text('is required when the image has a src: describe the picture for readers who cannot see it')
          .transform((v) => v.trim().replace(/\s+/g, ' '))
          .pipe(z.string().min(1, 'is empty: describe the picture').max(300, 'is longer than 300 characters')),
      },
      { error: mapOf('{ src, alt }') },
    )
    .optional(),
  links: z.strictObject({ website: httpsUrl.optional(), social: httpsUrl.optional() }, { error: mapOf('{ website, social }, each an https:// URL') }).optional(),
});

/** An author profile's validated front matter. */
export type AuthorProfileFrontMatter = z.output<typeof authorProfileSchema>;
