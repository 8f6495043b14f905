import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession();
const ARABIC = '/articles/comet-holm-discovered-ar/';
const HINDI = '/articles/comet-holm-discovered-hi/';
const ENGLISH = '/articles/comet-holm-discovered/';

/** The left and right edges of the page's main parts, as the reader sees them. */
async function layoutOf(path: string, width: number) {
  const page = await session.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${session.origin}${path}`);
  const boxes = await page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect ? { left: rect.left, right: rect.right } : undefined;
    };
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element) : undefined;
    };
    return {
      main: box('.article-main'),
      aside: box('.article-aside'),
      headlineAlign: style('.article-headline')?.textAlign,
      bodyDirection: style('.article-body')?.direction,
      shareDirection: style('.share')?.direction,
    };
  });
  // How far the page lets a reader scroll sideways: nothing, if it fits.
  const overflow = await page.evaluate(() => {
    window.scrollTo(10_000, window.scrollY);
    return window.scrollX;
  });
  await page.close();
  return { ...boxes, overflow };
}

describe('an article in a right-to-left language', () => {
  it('mirrors the layout: the sidebar on the left of the story on a wide screen, as an Arabic reader expects', async () => {
    const arabic = await layoutOf(ARABIC, 1280);
    const english = await layoutOf(ENGLISH, 1280);
    expect(english.aside && english.main && english.aside.left > english.main.left).toBe(true);
    expect(arabic.aside && arabic.main && arabic.aside.right <= arabic.main.left + 1).toBe(true);
    expect(arabic.bodyDirection).toBe('rtl');
    expect(arabic.shareDirection).toBe('rtl');
  });

  it.each([320, 1280])('does not scroll sideways at %i px', async (width) => {
    expect((await layoutOf(ARABIC, width)).overflow).toBe(0);
  });

  it('keeps a left-to-right script left to right: Hindi is not mirrored', async () => {
    const hindi = await layoutOf(HINDI, 1280);
    expect(hindi.bodyDirection).toBe('ltr');
    expect(hindi.aside && hindi.main && hindi.aside.left > hindi.main.left).toBe(true);
  });

  it('leads readers from one version to the others, each link named and marked in its language', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}${ENGLISH}`);
    const versions = page.getByRole('navigation', { name: 'This story in other languages' });
    await expect(versions.getByRole('link').allTextContents()).resolves.toEqual(['العربية', 'हिन्दी']);
    await versions.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(`**${ARABIC}`);
    expect(await page.locator('article').getAttribute('lang')).toBe('ar');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('مذنبًا');
    await page.close();
  });

  it('is found by the site’s search, in its own words', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/search/?q=${encodeURIComponent('مذنب')}`);
    await page.locator(`.search-results a[href$="${ARABIC}"]`).first().waitFor({ timeout: 30_000 });
    await page.goto(`${session.origin}/search/?q=${encodeURIComponent('धूमकेतु')}`);
    await page.locator(`.search-results a[href$="${HINDI}"]`).first().waitFor({ timeout: 30_000 });
    await page.close();
  });
});
