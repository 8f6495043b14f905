import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { PAGE_TYPES } from './pages.ts';

const CANONICAL = 'https://dispatch.example/articles/kim-jong-un-in-russia/';

const session = useBrowserSession();
let context: BrowserContext;
let page: Page;

async function openArticle(): Promise<Page> {
  context = await session.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
  page = await context.newPage();
  await page.goto(`${session.origin}${PAGE_TYPES.article}`);
  return page;
}

describe('the share controls of an article', () => {
  it('copies the canonical link and says so in a live region', async () => {
    const page = await openArticle();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANONICAL);
    await context.close();
  });

  it('shows the system share button only where the browser can share', async () => {
    const page = await openArticle();
    const canShare = await page.evaluate(() => typeof navigator.share === 'function');
    expect(await page.getByRole('button', { name: 'Share…' }).isVisible()).toBe(canShare);
    await context.close();
  });

  it('asks for the Mastodon server and goes to its share page', async () => {
    const page = await openArticle();
    // Kept off the network: the server's answer is stubbed.
    await page.route('https://mastodon.example/**', (route) => route.fulfill({ body: 'stub', contentType: 'text/plain' }));
    page.once('dialog', (dialog) => void dialog.accept('mastodon.example'));
    await page.getByRole('link', { name: 'Share on Mastodon' }).click();
    await page.waitForURL(/^https:\/\/mastodon\.example\/share\?/);
    expect(new URL(page.url()).searchParams.get('text')).toBe(`Kim Jong-un in Russia for talks with Vladimir Putin ${CANONICAL}`);
    await context.close();
  });

  it('offers a link to a paragraph whose text is selected, and shows its "#" on focus', async () => {
    const page = await openArticle();
    const id = await page.evaluate(() => {
      const paragraph = document.querySelectorAll<HTMLElement>('.article-body > p')[1];
      const range = document.createRange();
      range.selectNodeContents(paragraph?.firstChild ?? document.body);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return paragraph?.id ?? '';
    });
    const button = page.getByRole('button', { name: 'Copy link to this paragraph' });
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${CANONICAL}#${id}`);
    const anchor = page.locator(`.article-body > p#${id} > a.anchor`);
    await anchor.focus();
    expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    expect(await anchor.getAttribute('aria-label')).toBe('Link to this paragraph');
    await context.close();
  });
});
