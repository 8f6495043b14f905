import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

interface Step {
  readonly paths: readonly string[];
  readonly articles: number;
  readonly newestYear: number;
  readonly oldestYear: number;
}

// The sample site indexed one article a part, so its search goes in steps of five articles,
// newest first, as a 100,000-article archive's goes in steps of 10,000.
describe('search on an archive of many parts', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    const site = buildSite(siteConfig.contentDir, { env: { DISPATCH_SEARCH_SHARD_SIZE: '1' } });
    if (site.status !== 0) throw new Error(`the build failed:\n${site.output.slice(-3000)}`);
    server = await serveStatic(site.outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches the newest stories first, downloading only their parts, and older ones when the reader asks', async () => {
    const page = await browser.newPage();
    const folders = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      const folder = /^\/pagefind\/[^/]+\//.exec(path)?.[0];
      if (folder !== undefined && /\.pf_(meta|index|fragment)$/.test(path)) folders.add(folder);
    });
    await page.goto(`${server.origin}/search/?q=the`);
    const steps = JSON.parse((await page.locator('[data-search-steps]').getAttribute('data-search-steps')) ?? '[]') as Step[];
    expect(steps.length).toBeGreaterThan(1);
    const summary = page.locator('[data-search-summary]');
    const older = page.getByRole('button', { name: /search older stories too/i });

    await older.waitFor();
    const first = steps[0]!;
    expect(await summary.textContent()).toContain(`among the ${first.articles} newest stories`);
    // Only the first step's parts were read.
    expect([...folders].every((folder) => first.paths.includes(folder))).toBe(true);
    const firstCount = await page.locator('.search-results li').count();
    expect(firstCount).toBeGreaterThan(0);
    expect(firstCount).toBeLessThanOrEqual(first.articles);

    for (const [i, step] of steps.slice(1).entries()) {
      expect(await older.textContent()).toContain(String(step.oldestYear));
      await older.click();
      if (i < steps.length - 2)
        await page.waitForFunction(
          (n) => document.querySelector('[data-search-summary]')?.textContent?.includes(`among the ${n} newest`),
          first.articles + steps.slice(1, i + 2).reduce((sum, s) => sum + s.articles, 0),
        );
    }
    // Every step searched: the summary speaks of every story and the button is gone.
    await older.waitFor({ state: 'hidden' });
    expect(await summary.textContent()).toMatch(/stor(y|ies) match/);
    expect(await summary.textContent()).not.toContain('newest');
    expect(await page.locator('.search-results li').count()).toBeGreaterThanOrEqual(firstCount);
    expect(folders.size).toBe(steps.reduce((sum, step) => sum + step.paths.length, 0));
    await page.close();
  });
});
