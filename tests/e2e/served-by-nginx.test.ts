import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { startNginx } from '../support/nginx-server.ts';
import type { RunningServer } from '../support/server-process.ts';
import { PAGE_TYPES } from './pages.ts';

let browser: Browser | undefined;
let server: RunningServer | undefined;

beforeAll(async () => {
  server = await startNginx(DEFAULT_DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records every policy violation (from before its first script) and every error it logs or throws. */
async function watchedPage(): Promise<{ readonly page: Page; readonly problems: () => Promise<string[]> }> {
  if (!browser || !server) throw new Error('the browser and nginx start in beforeAll');
  const page = await browser.newPage();
  const logged: string[] = [];
  page.on('console', (message) => {
    // The 404 page's own status, which Chromium logs as a failed load, is what it should be.
    const ownStatus = /status of 404/.test(message.text()) && message.location().url === page.url() && page.url().includes('/no-such-page/');
    if (message.type() === 'error' && !ownStatus) logged.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => logged.push(`thrown: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const store = window as unknown as { violations?: string[] };
      (store.violations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    page,
    problems: async () => [...logged, ...((await page.evaluate(() => (window as unknown as { violations?: string[] }).violations)) ?? []).map((v) => `violation: ${v}`)],
  };
}

describe('the default site served by nginx, in Chromium, under the policy sent as a header', () => {
  it.each([
    ['front page', PAGE_TYPES.front, 200],
    ['article', PAGE_TYPES.article, 200],
    ['archive', PAGE_TYPES.archive, 200],
    ['section', PAGE_TYPES.section, 200],
    ['404 page', PAGE_TYPES.notFound, 404],
  ])('shows the %s (%s) with no policy violation and no error', async (_type, path, status) => {
    const { page, problems } = await watchedPage();
    const response = await page.goto(`${server?.origin}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(status);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // The theme toggle runs the bundled script on every page type.
    await page.locator('[data-theme-toggle]').click();
    const found = await problems();
    await page.close();
    expect(found).toEqual([]);
  });

  it('runs a search from the header box and shows results (Pagefind’s WebAssembly and index parts under the policy)', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server?.origin}/`, { waitUntil: 'networkidle' });
    await page.fill('#site-search-query', 'Kestrin');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Kestrin/);
    await page.locator('.search-results li').first().waitFor();
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
    const found = await problems();
    await page.close();
    expect(found).toEqual([]);
  });
});
