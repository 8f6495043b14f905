import type { Article } from '../article.ts';
import { toZonedIso } from '../dates.ts';
import { markdownToPlainText } from '../plain-text.ts';
import type { SiteConfig } from '../site-config.ts';
import type { JsonLd } from './json-ld.ts';

/**
 * An article's corrections as schema.org's `correction` (CorrectionComment: what was
 * corrected, as plain text, and when), newest first as the log prints them; nothing when it
 * has none. Updates are left out: they add news, they correct nothing.
 */
export function correctionJsonLd(article: Pick<Article, 'changes'>, site: SiteConfig): { correction?: JsonLd[] } {
  const corrections = article.changes.filter((change) => change.kind === 'correction');
  if (corrections.length === 0) return {};
  return {
    correction: corrections.map((change) => ({ '@type': 'CorrectionComment', text: markdownToPlainText(change.text), datePublished: toZonedIso(change.date, site.timeZone) })),
  };
}
