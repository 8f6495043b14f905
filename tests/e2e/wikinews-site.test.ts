import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPORA_DIR, materializeCorpus } from '../../scripts/support/corpus.ts';
import { errorsOf, formatValidationProblem } from '../../src/build/validate/problem.ts';
import { validateSite } from '../../src/build/validate/validate-site.ts';
import { siteConfig } from '../../src/site.config.ts';
import { launchChromium } from '../support/browser.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const available = existsSync(join(CORPORA_DIR, 'materialize.mjs'));
if (!available) console.warn('wikinews-site: skipped, ../shared/corpora is not here (these tests build the site from its Wikinews sample).');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!available)('the site built from the 294 Wikinews articles of ../shared/corpora', () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  let articles = 0;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-wikinews-'));
    articles = materializeCorpus(join(dir, 'articles'), { corpus: 'wikinews_sample' });
    site = buildSite(join(dir, 'articles'));
    server = await serveStatic(site.outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds one page per article', () => {
    expect(site.status, site.output.slice(-3000)).toBe(0);
    expect(site.files().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f))).toHaveLength(articles);
  });

  // npm run validate: the Nu Html Checker, both feed parsers, the sitemap schemas, every
  // link and fragment of every page (head links too), and head metadata.
  it('passes npm run validate with no error', { timeout: 300_000 }, async () => {
    const reports = await validateSite(site.outDir, { origin: siteConfig.url });
    expect(reports.find((r) => r.checker === 'links')?.checked).toBeGreaterThan(articles);
    expect(errorsOf(reports).map((p) => formatValidationProblem(p))).toEqual([]);
  });

  it('paginates long lists with rel=prev/next and page numbers', () => {
    const second = site.read('latest/2/index.html');
    expect(second).toContain('rel="prev"');
    expect(second).toContain('rel="next"');
    expect(second).toMatch(/aria-current="page">2</);
  });

  it('has no axe-core WCAG 2.2 AA violation on any page type', async () => {
    const archive = site.files().find((f) => /^archive\/\d{4}\/\d{2}\/index\.html$/.test(f)) ?? '';
    const article = site.files().find((f) => /^articles\/[^/]+\/index\.html$/.test(f)) ?? '';
    const paths = ['/', `/${article.replace('index.html', '')}`, '/news/', '/news/2/', `/${archive.replace('index.html', '')}`, '/archive/', '/search/?q=election', '/nowhere/'];
    const problems: string[] = [];
    for (const path of paths) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(() =>
        (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe
          .run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
          .then((r) => r.violations.map((v) => v.id)),
      );
      problems.push(...violations.map((id) => `${path}: ${id}`));
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('finds stories with the offline search', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=election`);
    await page.locator('.search-results li').first().waitFor();
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
    await page.close();
  });
});
