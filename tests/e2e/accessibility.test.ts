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

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.2 AA, %s theme', (colorScheme) => {
  it.each(Object.entries(PAGE_TYPES))('%s page (%s) has no violations', async (_type, path) => {
    const page = await session.browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(axeSource);
    const violations = (await page.evaluate(
      (tags) => (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run({ runOnly: { type: 'tag', values: tags } }).then((r) => r.violations),
      WCAG_22_AA,
    )) as AxeViolation[];
    await page.close();
    expect(violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('layout at 320 px', () => {
  it.each(Object.entries(PAGE_TYPES))('%s page does not scroll sideways', async (_type, path) => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${session.origin}${path}`);
    // How far the page lets a reader scroll sideways: nothing, if it fits.
    const overflow = await page.evaluate(() => {
      window.scrollTo(10_000, window.scrollY);
      return window.scrollX;
    });
    await page.close();
    expect(overflow).toBe(0);
  });
});

describe('page structure', () => {
  it.each(Object.entries(PAGE_TYPES))('%s page has one h1, a skip link and landmarks', async (_type, path) => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}${path}`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('a.skip-link[href="#main"]').count()).toBe(1);
    expect(await page.locator('header.site-header, main#main, footer.site-footer').count()).toBe(3);
    await page.close();
  });
});
