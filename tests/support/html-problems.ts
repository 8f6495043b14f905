import { HtmlValidate } from 'html-validate';
import type { BuiltSite } from './build-site.ts';

// html-validate's recommended rules, less two that disagree with valid HTML Astro writes and
// two that wire copy breaks legitimately.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` and void elements without a slash; both are valid HTML.
    'doctype-style': 'off',
    'void-style': 'off',
    // Headlines and wire copy legitimately hold long unbroken runs and typographic quotes.
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
  },
});

/** Every html-validate message on the given pages of a built site, as `page:line:column: rule: message`. */
export async function htmlProblems(site: BuiltSite, pages: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(site.read(page), page);
    for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
  }
  return problems;
}
