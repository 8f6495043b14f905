import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { PAGE_TYPES } from './pages.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

const session = useBrowserSession();

// One page load for both themes: the dark theme is only a media query away, and loading each
// page twice was a minute of every test run.
describe('axe-core, WCAG 2.2 AA, light and dark themes', () => {
  it.each(Object.entries(PAGE_TYPES))('%s page (%s) has no violations', async (_type, path) => {
    const page = await session.browser.newPage({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(axeSource);
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = (await page.evaluate(
        (tags) => (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run({ runOnly: { type: 'tag', values: tags } }).then((r) => r.violations),
        WCAG_22_AA,
      )) as AxeViolation[];
      found.push(...violations.map((v) => `${colorScheme}: ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    }
    await page.close();
    expect(found).toEqual([]);
  });
});

// The smallest phone a reader may have, and the page's frame, in one load per page.
describe('layout at 320 px and page structure', () => {
  it.each(Object.entries(PAGE_TYPES))('%s page does not scroll sideways, and has one h1, a skip link and landmarks', async (_type, path) => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${session.origin}${path}`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('a.skip-link[href="#main"]').count()).toBe(1);
    expect(await page.locator('header.site-header, main#main, footer.site-footer').count()).toBe(3);
    // How far the page lets a reader scroll sideways: nothing, if it fits.
    const overflow = await page.evaluate(() => {
      window.scrollTo(10_000, window.scrollY);
      return window.scrollX;
    });
    await page.close();
    expect(overflow).toBe(0);
  });
});
