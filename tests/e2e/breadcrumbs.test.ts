import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { PAGE_TYPES } from './pages.ts';

const session = useBrowserSession();

// Fictional, as long as the longest wire headlines.
const LONG_HEADLINE = 'Wenmouth harbour board votes to close the old ferry pier for two years after engineers find corroded piles beneath the waiting hall and the ticket office';

/** Where each breadcrumb separator's "›" and the first letter of the crumb it leads are drawn. */
interface SeparatorBox {
  readonly separator: { top: number; bottom: number; right: number };
  readonly crumb: { top: number; bottom: number; left: number };
}

/** Opens an article whose trail ends with a long headline, at `width` pixels. */
async function articleWithLongTrail(width: number): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${session.origin}${PAGE_TYPES.article}`);
  await page.locator('.breadcrumbs [aria-current="page"]').evaluate((crumb, text) => (crumb.textContent = text), LONG_HEADLINE);
  return page;
}

/** Measures every shown separator against the crumb it leads. */
function separatorBoxes(page: Page): Promise<SeparatorBox[]> {
  return page.evaluate(() => {
    const glyph = (node: Node, at: number): DOMRect => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    };
    return [...document.querySelectorAll<HTMLElement>('.breadcrumbs li')]
      .filter((item) => item.getClientRects().length > 0)
      .flatMap((item) => {
        const separator = item.querySelector('.breadcrumb-separator')?.firstChild;
        const crumb = item.querySelector('a, [aria-current]')?.firstChild;
        if (!separator || !crumb) return [];
        const s = glyph(separator, separator.textContent?.indexOf('›') ?? 0);
        const c = glyph(crumb, 0);
        return [{ separator: { top: s.top, bottom: s.bottom, right: s.right }, crumb: { top: c.top, bottom: c.bottom, left: c.left } }];
      });
  });
}

describe('the breadcrumb trail', () => {
  it.each([320, 390, 1280])('at %i px, puts each separator on the line of the crumb it leads, and fits the page', async (width) => {
    const page = await articleWithLongTrail(width);
    const crumbsShown = await page.locator('.breadcrumbs li:visible').count();
    const boxes = await separatorBoxes(page);
    // How far the page lets a reader scroll sideways: nothing, if it fits.
    const overflow = await page.evaluate(() => {
      window.scrollTo(10_000, window.scrollY);
      return window.scrollX;
    });
    await page.close();
    expect(boxes.length).toBe(crumbsShown - 1);
    expect(boxes.length).toBeGreaterThan(0);
    for (const { separator, crumb } of boxes) {
      const middle = (separator.top + separator.bottom) / 2;
      expect(middle).toBeGreaterThan(crumb.top);
      expect(middle).toBeLessThan(crumb.bottom);
      expect(Math.abs(separator.bottom - crumb.bottom)).toBeLessThanOrEqual(2);
      // Right before it: not left at the end of the line above.
      expect(separator.right).toBeLessThanOrEqual(crumb.left + 1);
      expect(crumb.left - separator.right).toBeLessThan(12);
    }
    expect(overflow).toBe(0);
  });

  it('at 1280 px, shows a long last crumb in full, wrapped onto the next line', async () => {
    const page = await articleWithLongTrail(1280);
    const { lines, text, inside } = await page.locator('.breadcrumbs [aria-current="page"]').evaluate((crumb) => {
      const nav = crumb.closest('nav')?.getBoundingClientRect();
      const rects = [...crumb.getClientRects()];
      return {
        lines: new Set(rects.map((r) => Math.round(r.top))).size,
        text: crumb.textContent,
        inside: nav !== undefined && rects.every((r) => r.left >= nav.left - 0.5 && r.right <= nav.right + 0.5),
      };
    });
    await page.close();
    expect(text).toBe(LONG_HEADLINE);
    expect(lines).toBeGreaterThanOrEqual(2);
    expect(inside).toBe(true);
  });

  it.each([
    [390, ['Home', 'World']],
    [1280, ['Home', 'World', LONG_HEADLINE]],
  ])('at %i px, is read as its crumbs alone, without the separators', async (width, crumbs) => {
    const page = await articleWithLongTrail(width);
    const snapshot = await page.locator('.breadcrumbs').ariaSnapshot();
    await page.close();
    expect(snapshot).not.toContain('›');
    const items = snapshot.split('\n').filter((line) => /^\s*- listitem/.test(line));
    expect(items).toHaveLength(crumbs.length);
    for (const crumb of crumbs) expect(snapshot).toContain(crumb);
  });
});
