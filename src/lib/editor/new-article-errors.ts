import { formatProblem } from '../content/problems.ts';
import { validateArticles } from '../content/validate-articles.ts';
import type { SiteConfig } from '../site-config.ts';

/**
 * What the build would refuse in a file an editors' command is about to write, as
 * `file:line: field: message` lines; empty when the build would take it.
 */
export function newArticleErrors(file: string, text: string, site: SiteConfig): string[] {
  return validateArticles([{ file, text }], site)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
}
