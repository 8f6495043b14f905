import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/build/validate/links.ts';
import { formatValidationProblem } from '../../src/build/validate/problem.ts';
import { readSiteFiles } from '../../src/build/validate/site-files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { openSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';

const site = openSite(DEFAULT_DIST);
const pages = site.files().filter((f) => f.endsWith('.html'));

describe('every page of the built site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('links only to pages, files and fragments that exist', () => {
    expect(checkLinks(readSiteFiles(DEFAULT_DIST, siteConfig.url), pages).problems.map((p) => formatValidationProblem(p))).toEqual([]);
  });

  it('is valid HTML (html-validate, recommended rules)', async () => {
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
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(site.read(page), page);
      for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
