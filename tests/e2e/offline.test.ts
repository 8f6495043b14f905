import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { serveStatic } from '../support/static-server.ts';

const session = useBrowserSession();

// launchChromium's flags (tests/support/browser.ts), for the one test that needs a profile on disk.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Articles of the built site, by path and headline, read from the output (no corpus text in this file). */
function builtArticles(dist: string): { path: string; headline: string }[] {
  return readdirSync(join(dist, 'articles'))
    .sort()
    .flatMap((slug) => {
      let html: string;
      try {
        html = readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8');
      } catch {
        return [];
      }
      // Alias folders only redirect: they have no save button.
      const headline = /<h1 id="article-headline"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]?.trim();
      return html.includes('data-save-button') && headline ? [{ path: `/articles/${slug}/`, headline: decodeEntities(headline) }] : [];
    });
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|#39);/gi, (entity, code: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
    if (code.startsWith('#')) return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
    return named[code.toLowerCase()] ?? entity;
  });
}

/** Opens the front page and waits until the service worker controls it. */
async function controlledPage(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
  return page;
}

/** Presses the article's "Save for later" and waits for it to say so. */
async function save(page: Page, origin: string, path: string): Promise<void> {
  await page.goto(`${origin}${path}`);
  const button = page.getByRole('button', { name: 'Save for later' });
  await button.waitFor({ state: 'visible' });
  expect(await button.getAttribute('aria-pressed')).toBe('false');
  await button.click();
  await page.waitForFunction(() => document.querySelector('[data-save-button]')?.getAttribute('aria-pressed') === 'true');
  expect(await page.locator('[data-save-status]').textContent()).toContain('Saved');
}

const cacheNames = (page: Page): Promise<string[]> => page.evaluate(() => caches.keys());

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 AA violations on the page as it is now, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }).axe
      .run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((r) => r.violations),
  )) as { id: string; nodes: { target: string[] }[] }[];
  return violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('reading offline (Chromium, its own offline mode)', () => {
  it('opens two saved articles and the Saved page offline, and the offline page for an article neither saved nor read', async () => {
    const [first, second, unread] = builtArticles(DEFAULT_DIST);
    if (!first || !second || !unread) throw new Error('the default site needs three articles');
    const context = await session.browser.newContext();
    const page = await controlledPage(context, session.origin);
    await save(page, session.origin, first.path);
    await save(page, session.origin, second.path);

    await context.setOffline(true);
    // Saved articles are kept whatever the bounded cache of read pages does: empty it.
    await page.evaluate(async () => {
      for (const name of await caches.keys()) if (name.startsWith('dispatch-pages-')) await caches.delete(name);
    });
    for (const article of [first, second]) {
      await page.goto(`${session.origin}${article.path}`);
      expect(await page.locator('h1').textContent()).toContain(article.headline);
      // Styled as online: the stylesheet came from the cache too.
      expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
      expect(await page.getByRole('button', { name: 'Save for later' }).getAttribute('aria-pressed')).toBe('true');
    }

    await page.goto(`${session.origin}/saved/`);
    await page.locator('.saved-item').nth(1).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('.saved-headline a').allTextContents()).toEqual([second.headline, first.headline]);
    expect(await page.locator('.saved-headline a').first().getAttribute('href')).toBe(second.path);
    expect(await page.locator('.saved-meta').first().textContent()).toMatch(/^Published .+ · Saved .+$/);

    await page.goto(`${session.origin}${unread.path}`);
    expect(await page.locator('h1').textContent()).toBe('This page is not available offline');
    expect(await page.getByRole('link', { name: 'Your saved articles' }).getAttribute('href')).toBe('/saved/');
    expect(await axeViolations(page)).toEqual([]);

    // Back online, the network answers again, never a kept copy.
    await context.setOffline(false);
    await page.goto(`${session.origin}${unread.path}`);
    expect(await page.locator('h1').textContent()).toContain(unread.headline);
    await context.close();
  });

  it('removes a saved article from the Saved page, with the keyboard, and its button shows it', async () => {
    const [first, second] = builtArticles(DEFAULT_DIST);
    if (!first || !second) throw new Error('the default site needs two articles');
    const context = await session.browser.newContext();
    const page = await controlledPage(context, session.origin);
    await save(page, session.origin, first.path);
    await save(page, session.origin, second.path);
    await page.goto(`${session.origin}/saved/`);
    await page.locator('.saved-item').nth(1).waitFor();
    await page.getByRole('button', { name: `Remove “${second.headline}”` }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 1);
    expect(await page.locator('[data-saved-status]').textContent()).toBe(`Removed “${second.headline}”.`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first.headline);
    await page.goto(`${session.origin}${second.path}`);
    const button = page.getByRole('button', { name: 'Save for later' });
    await button.waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  it('keeps the button’s room from the first paint, so nothing moves when it appears, and passes axe pressed', async () => {
    const [first] = builtArticles(DEFAULT_DIST);
    if (!first) throw new Error('the default site needs an article');
    const page = await session.browser.newPage();
    // The button's script held back, as on a slow connection: where is what follows it before and after?
    const { promise: held, resolve: release } = Promise.withResolvers<void>();
    await page.route(/\/_astro\/SaveForLater[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts hold back DOMContentLoaded: wait for the markup and the stylesheet instead.
    await page.goto(`${session.origin}${first.path}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('[data-save-status]') !== null && getComputedStyle(document.body).marginTop === '0px');
    // From the share links to what follows the button: only the button's own room is between them.
    const below = () => page.evaluate(() => (document.querySelector('[data-save-status]')?.getBoundingClientRect().top ?? 0) - (document.querySelector('.share')?.getBoundingClientRect().bottom ?? 0));
    const before = await below();
    expect(await page.locator('[data-save]').isVisible()).toBe(false);
    release();
    await page.getByRole('button', { name: 'Save for later' }).waitFor({ state: 'visible' });
    expect(await below()).toBe(before);
    await page.getByRole('button', { name: 'Save for later' }).click();
    await page.waitForFunction(() => document.querySelector('[data-save-button]')?.getAttribute('aria-pressed') === 'true');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('is installable: Chromium reports no installability error', async () => {
    // A profile on disk: Chromium installs nothing from an incognito context, which newContext() is.
    const profile = mkdtempSync(join(tmpdir(), 'dispatch-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    onTestFinished(() => rmSync(profile, { recursive: true, force: true }));
    const page = await controlledPage(context, session.origin);
    const cdp = await context.newCDPSession(page);
    // Lighthouse 13 has no PWA category: Chromium's own check is the one Lighthouse ran.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await page.evaluate(() => fetch('/manifest.webmanifest').then((response) => response.json() as Promise<{ icons: { src: string }[] }>));
    for (const icon of manifest.icons) expect((await page.request.get(`${session.origin}${icon.src}`)).headers()['content-type']).toBe('image/png');
    await context.close();
  });

  it('shows no save control and says plainly that saving needs JavaScript when it is off', async () => {
    const [first] = builtArticles(DEFAULT_DIST);
    if (!first) throw new Error('the default site needs an article');
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin}${first.path}`);
    expect(await page.getByRole('button', { name: 'Save for later' }).count()).toBe(0);
    await page.goto(`${session.origin}/saved/`);
    expect(await page.locator('main').textContent()).toContain('Saving articles to read offline needs JavaScript');
    expect(await page.locator('main button').count()).toBe(0);
    await context.close();
  });
});

describe('a new deployment', () => {
  const copy = mkdtempSync(join(tmpdir(), 'dispatch-offline-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('installs a new worker, which deletes the old version’s caches and keeps the saved articles', async () => {
    cpSync(DEFAULT_DIST, copy, { recursive: true });
    const server = await serveStatic(copy);
    const context = await session.browser.newContext();
    try {
      const worker = readFileSync(join(copy, 'sw.js'), 'utf8');
      const version = /startServiceWorker\(self, "([\w-]+)"\);/.exec(worker)?.[1];
      if (version === undefined) throw new Error('sw.js starts no version');
      const page = await controlledPage(context, server.origin);
      const [article] = builtArticles(copy);
      if (!article) throw new Error('the default site needs an article');
      await save(page, server.origin, article.path);
      expect(await cacheNames(page)).toContain(`dispatch-shell-${version}`);

      // What a new build with other content deploys: the same worker with another version.
      writeFileSync(join(copy, 'sw.js'), worker.replace(version, 'next-build'));
      for (const sibling of ['sw.js.br', 'sw.js.gz']) rmSync(join(copy, sibling), { force: true });
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toContain('dispatch-shell-next-build');
      await expect.poll(async () => (await cacheNames(page)).filter((name) => name.includes(version)), { timeout: 15_000 }).toEqual([]);
      expect(await cacheNames(page)).toContain('dispatch-saved-v1');
      await page.goto(`${server.origin}/saved/`);
      await page.locator('.saved-item').first().waitFor();
      expect(await page.locator('.saved-headline a').allTextContents()).toEqual([article.headline]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
