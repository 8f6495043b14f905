import { beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, formatValidationProblem, type CheckerReport } from '../../src/build/validate/problem.ts';
import { validateSite } from '../../src/build/validate/validate-site.ts';
import { siteConfig } from '../../src/site.config.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';

// `npm run validate` over the default site, built once per run by tests/support/default-site.ts.
describe('npm run validate on the site built from content/articles', () => {
  let reports: CheckerReport[];
  beforeAll(async () => {
    reports = await validateSite(DEFAULT_DIST, { origin: siteConfig.url });
  }, 300_000);

  it('runs every checker over the files it is for', () => {
    expect(Object.fromEntries(reports.map((r) => [r.checker, r.checked > 0]))).toEqual({ vnu: true, feeds: true, sitemaps: true, links: true, head: true });
    // A feed per section, in three formats, and the sitemaps robots.txt names.
    expect(reports.find((r) => r.checker === 'feeds')?.checked).toBeGreaterThanOrEqual(3 * siteConfig.sections.length);
    expect(reports.find((r) => r.checker === 'sitemaps')?.checked).toBeGreaterThanOrEqual(2);
  });

  it('finds no error: the Nu Html Checker, both feed parsers, the sitemap schemas, links and head metadata', () => {
    expect(errorsOf(reports).map((p) => formatValidationProblem(p))).toEqual([]);
  });
});
