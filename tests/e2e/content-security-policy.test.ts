import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { PAGE_TYPES } from './pages.ts';

const session = useBrowserSession();

describe('Content-Security-Policy', () => {
  it.each(Object.entries({ ...PAGE_TYPES, searchWithResults: '/search/?q=Kestrin' }))('%s page (%s) works under its policy with no violation', async (_type, path) => {
    const page = await session.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    if (path.includes('Kestrin')) await page.locator('.search-results li').first().waitFor();
    // Toggling the theme exercises the bundled script on every page type.
    await page.locator('[data-theme-toggle]').click();
    violations.push(...((await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations)) ?? []));
    await page.close();
    expect(violations).toEqual([]);
  });

  it('lets the inline theme script run, allowed by its hash, so a chosen theme applies before the first paint', async () => {
    const page = await session.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${session.origin}/`);
    await page.evaluate(() => localStorage.setItem('dispatch-theme', 'dark'));
    await page.reload();
    // The policy comes before the script, so the script runs only if the policy allows it.
    const order = await page.evaluate(() =>
      [...document.head.children]
        .map((el) => (el.matches('meta[http-equiv="content-security-policy"]') ? 'policy' : el.tagName === 'SCRIPT' && !el.hasAttribute('src') && !el.hasAttribute('type') ? 'inline' : ''))
        .filter(Boolean),
    );
    expect(order.slice(0, 2)).toEqual(['policy', 'inline']);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.close();
    expect(violations).toEqual([]);
  });
});
