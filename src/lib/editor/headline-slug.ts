import { slugify } from '../slugs.ts';

/** The longest slug made from a headline; URLs stay readable and file names portable. */
export const MAX_HEADLINE_SLUG = 80;

/**
 * The slug of a new article, from its headline: slugified, and cut at a word boundary when
 * longer than `max`. Empty when the headline has no Latin letters or digits.
 */
export function headlineSlug(headline: string, max = MAX_HEADLINE_SLUG): string {
  const slug = slugify(headline);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  // One word longer than `max` has no boundary to cut at; cut it where it overflows.
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}
