import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { PAGE_TYPES } from './pages.ts';

const session = useBrowserSession();

describe('keyboard', () => {
  it('reaches the skip link first, then the section menu in order, and follows a section link', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}${PAGE_TYPES.article}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const menu = await page.locator('.section-menu a').allTextContents();
    const reached: string[] = [];
    for (let i = 0; i < 20 && reached.length < menu.length; i++) {
      await page.keyboard.press('Tab');
      const inMenu = await page.evaluate(() => (document.activeElement?.closest('.section-menu') ? document.activeElement.textContent : null));
      if (inMenu) reached.push(inMenu);
    }
    expect(reached).toEqual(menu);
    const focusStyle = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(focusStyle).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sport\/$/);
    await page.close();
  });

  it('switches the theme from the keyboard, remembers it, and applies it before the first paint', async () => {
    const context = await session.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${session.origin}/`);
    const toggle = page.locator('[data-theme-toggle]');
    await toggle.focus();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 18, 18)');
    await page.keyboard.press(' ');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press(' ');
    // The theme is set by the inline head script, before any stylesheet or body is parsed.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string | undefined }).themeAtParse = document.documentElement.dataset['theme'];
      });
    });
    await page.goto(`${session.origin}${PAGE_TYPES.article}`);
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | undefined }).themeAtParse)).toBe('dark');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('reads an article in full, with no control that needs a script', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin}${PAGE_TYPES.article}`);
    expect(await page.locator('h1').textContent()).toBe('Kim Jong-un in Russia for talks with Vladimir Putin');
    expect(await page.locator('.article-body p').count()).toBe(21);
    expect(await page.locator('.article-body p').last().isVisible()).toBe(true);
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    await context.close();
  });

  it.each([
    ['a corrected article, its notice and log', PAGE_TYPES.correctedArticle, ['.correction-notice', '.article-body p', '#corrections-and-updates']],
    ['an article in Arabic, with its other versions', PAGE_TYPES.rightToLeftArticle, ['.article-body p', '.article-translations a']],
    ['an opinion list, labelled', PAGE_TYPES.workType, ['.article-card .work-type-label']],
    ['an author’s page, with the profile', PAGE_TYPES.author, ['.author-profile', '.article-card']],
    ['the corrections log', PAGE_TYPES.corrections, ['main h1']],
    ['a fixed page', PAGE_TYPES.about, ['main h1', 'main p']],
  ])('reads %s, with no control that needs a script', async (_name, path, shown) => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin}${path}`);
    for (const selector of shown) expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    for (const control of ['[data-theme-toggle]', '[data-reading-tools]', '[data-save]']) expect(await page.locator(control).first().isVisible(), control).toBe(false);
    await context.close();
  });

  it('explains on the search page that search needs JavaScript, and offers other ways in', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin}/search/?q=dam`);
    const status = page.locator('[data-search-status]');
    expect(await status.isVisible()).toBe(true);
    expect(await status.textContent()).toContain('Search needs JavaScript');
    await context.close();
  });
});

describe('search', () => {
  it('finds a story offline from the static index, headline first', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/search/?q=Kestrin+Dam`);
    await page.locator('.search-results li').first().waitFor();
    const headlines = await page.locator('.search-result-headline').allTextContents();
    expect(headlines.length).toBeGreaterThan(0);
    expect(headlines.slice(0, 3).some((headline) => /Kestrin Dam/.test(headline))).toBe(true);
    expect(await page.locator('[data-search-status]').isVisible()).toBe(false);
    await page.close();
  });

  it('finds every story that mentions a word, whichever part of the index holds it', async () => {
    // The tests' site is indexed in parts of five articles (tests/support/default-site.ts).
    const dir = join(PROJECT_ROOT, siteConfig.contentDir);
    const mentioning = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .filter((file) => /\bkestrin\b/i.test(readFileSync(join(dir, file), 'utf8').split(/^---$/m).slice(2).join('---')));
    expect(mentioning.length).toBeGreaterThan(5);
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/search/?q=Kestrin`);
    await page.locator('.search-results li').first().waitFor();
    expect(await page.locator('.search-results li').count()).toBe(mentioning.length);
    await page.close();
  });

  it('submits the header search box to the search page', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.origin}/`);
    await page.fill('#site-search-query', 'Putin');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Putin/);
    await page.locator('.search-results li').first().waitFor();
    expect(await page.locator('.search-result-headline').first().textContent()).toContain('Putin');
    await page.close();
  });
});
