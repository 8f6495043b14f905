import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { PAGE_TYPES } from './pages.ts';

const session = useBrowserSession();

/** One layout shift as Chromium reports it, with what moved. */
interface Shift {
  readonly value: number;
  readonly hadRecentInput: boolean;
  readonly moved: readonly string[];
}

// Scripts arrive after the first paint on a slow phone connection: hold them back so the
// test sees the page as such a reader does, whatever the speed of this machine.
const SCRIPT_DELAY_MS = 400;
const SETTLE_MS = 600;

/** Records every layout shift of the page from its first paint, as `window.layoutShifts`. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; hadRecentInput: boolean; moved: string[] }[] = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
        const moved = (entry.sources ?? []).map(({ node }) => (node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : String(node?.nodeName)));
        shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
    await route.continue();
  });
}

const PAGES = {
  front: PAGE_TYPES.front,
  archive: PAGE_TYPES.archive,
  archiveIndex: PAGE_TYPES.archiveIndex,
  search: PAGE_TYPES.search,
  notFound: PAGE_TYPES.notFound,
  article: PAGE_TYPES.article,
  // A reader who follows a link to the share buttons sees them as the script shows its own.
  articleAtShare: `${PAGE_TYPES.article}#share-heading`,
};

const CASES = Object.entries(PAGES).flatMap(([type, path]) => [390, 1280].flatMap((width) => (['light', 'dark'] as const).map((scheme) => [type, width, scheme, path] as const)));

describe('layout shift', () => {
  it.each(CASES)('%s page at %i px, %s: nothing moves once painted (CLS 0) while its scripts run', async (type, width, scheme, path) => {
    const context = await session.browser.newContext({ viewport: { width, height: 844 }, colorScheme: scheme });
    const page = await context.newPage();
    await recordShifts(page);
    await page.goto(`${session.origin}${path}`, { waitUntil: 'load' });
    if (type === 'search') {
      // The results come from the search index after load: wait for them, they may move things too.
      await page.locator('.search-results li').first().waitFor();
    }
    // The theme button is the script's first visible change on every page.
    await page.locator('[data-theme-toggle]:not([hidden])').waitFor({ state: 'attached' });
    await page.waitForTimeout(SETTLE_MS);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
    await context.close();
    const unexpected = shifts.filter((shift) => !shift.hadRecentInput);
    expect(unexpected, `shifts: ${JSON.stringify(unexpected)}`).toEqual([]);
  });
});
