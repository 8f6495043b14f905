import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/build/validate/links.ts';
import { formatValidationProblem } from '../../src/build/validate/problem.ts';
import { readSiteFiles } from '../../src/build/validate/site-files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { openSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { htmlProblems } from '../support/html-problems.ts';

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
    const problems = await htmlProblems(site, pages);
    expect(problems).toEqual([]);
  });
});
