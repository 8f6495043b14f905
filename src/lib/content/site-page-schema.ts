import { z } from 'zod';
import { singleLineText } from './author-profile-schema.ts';

/** Every front-matter field of a fixed page (`content/pages/<slug>.md`); its text is the body. */
export const SITE_PAGE_FIELDS = ['title', 'description'] as const;

/** Longest body of a fixed page, in characters of Markdown: a long standards code fits many times over. */
export const MAX_SITE_PAGE_LENGTH = 100_000;

/** The zod schema of a fixed page's front matter. */
export const sitePageSchema = z.object({
  title: singleLineText(200, 'the title'),
  description: singleLineText(600, 'the description').optional(),
});

/** A fixed page's validated front matter. */
export type SitePageFrontMatter = z.output<typeof sitePageSchema>;
