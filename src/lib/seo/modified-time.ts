import type { Article } from '../article.ts';
import { toZonedIso } from '../dates.ts';
import { lastModified } from '../trust/article-changes.ts';

/**
 * An article's `dateModified` (the latest of `updated` and its logged changes) in ISO 8601
 * with the site zone's offset; for an article never changed, the plan's string of its
 * publication, so no page reads the zone's clock again for it.
 */
export function modifiedIso(article: Pick<Article, 'published' | 'publishedAt' | 'updated' | 'changes'>, timeZone: string): string {
  const modified = lastModified(article.published, article.updated, article.changes);
  return modified.getTime() === article.published.getTime() ? article.publishedAt.iso : toZonedIso(modified, timeZone);
}
