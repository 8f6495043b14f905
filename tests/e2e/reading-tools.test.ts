import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEXT_SIZES, TEXT_SIZE_KEY, TEXT_SIZE_LABELS } from '../../src/lib/reading/text-size.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { PAGE_TYPES } from './pages.ts';

const session = useBrowserSession();
const ARTICLE = PAGE_TYPES.article;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Scripts arrive after the first paint on a slow phone connection: hold them back, as
// tests/e2e/layout-shift.test.ts does, so a control that appears late would be seen moving things.
const SCRIPT_DELAY_MS = 400;
const SETTLE_MS = 600;

/** Opens a page whose layout shifts (from its first paint) and CSP violations are recorded on `window`. */
async function openRecorded(options: BrowserContextOptions = {}): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await session.browser.newContext(options);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const record = window as unknown as { layoutShifts: { value: number; hadRecentInput: boolean }[]; cspViolations: string[] };
    record.layoutShifts = [];
    record.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => record.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        record.layoutShifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
    // What <html> carried when the page was parsed, before the bundled scripts ran.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { textSizeAtParse: string | null }).textSizeAtParse = document.documentElement.getAttribute('data-text-size');
    });
  });
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
    await route.continue();
  });
  return { page, close: () => context.close() };
}

const unexpectedShifts = (page: Page) => page.evaluate(() => (window as unknown as { layoutShifts: { hadRecentInput: boolean }[] }).layoutShifts.filter((shift) => !shift.hadRecentInput));
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Font sizes in px of the reading text and of the masthead's parts. */
const fontSizes = (page: Page) =>
  page.evaluate(() => {
    const size = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector) as Element).fontSize);
    return {
      body: size('.article-body p'),
      standfirst: size('.article-standfirst'),
      masthead: [size('.site-name'), size('#site-search-query'), size('.section-menu a'), size('[data-theme-toggle]'), size('.breadcrumbs ol')],
    };
  });

/** Where the chrome around the reading text sits: the masthead, the column and the sidebar (the article's own height aside). */
const chrome = (page: Page) =>
  page.evaluate(() =>
    ['.site-header', 'article', '.article-aside'].map((selector) => {
      const { left, width, height } = (document.querySelector(selector) as Element).getBoundingClientRect();
      return { selector, left, width, height: selector === 'article' ? 0 : height };
    }),
  );

/** How far the page lets a reader scroll sideways (nothing, if it fits) and whether the bar overflows the article. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const y = window.scrollY;
    window.scrollTo(10_000, y);
    const sideways = window.scrollX;
    window.scrollTo(0, y);
    const article = (document.querySelector('article') as Element).getBoundingClientRect();
    const outside = [...document.querySelectorAll('.reading-tools button:not([hidden])')].filter((b) => b.getBoundingClientRect().right > article.right + 0.5).length;
    return { sideways, outside };
  });

const waitForTools = async (page: Page) => {
  await page.locator('[data-reading-tools]:not([hidden])').waitFor({ state: 'visible' });
  await page.waitForTimeout(SETTLE_MS);
};

describe.each([320, 1280])('text size at %i px', (width) => {
  it.each(TEXT_SIZES.filter((size) => size !== 'default').map((size) => [size] as const))(
    '%s: changes the reading text only, fits the screen, stays put under the finger, and is applied before the first paint after a reload',
    async (size) => {
      const { page, close } = await openRecorded({ viewport: { width, height: 800 } });
      await page.goto(`${session.origin}${ARTICLE}`);
      await waitForTools(page);
      const before = await fontSizes(page);
      const around = await chrome(page);
      // The bar mid-screen, so the page can scroll either way to keep the button still.
      await page.evaluate(() => window.scrollTo(0, (document.querySelector('.reading-tools') as Element).getBoundingClientRect().top + window.scrollY - 300));
      const button = page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: TEXT_SIZE_LABELS[size] });
      const top = (await button.boundingBox())?.y;
      await button.click();
      await page.evaluate(() => new Promise(requestAnimationFrame));
      expect(Math.abs(((await button.boundingBox())?.y ?? 0) - (top ?? 0))).toBeLessThanOrEqual(1);
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('[data-text-size-step][aria-pressed="true"]').count()).toBe(1);

      const after = await fontSizes(page);
      const scale = { smaller: 0.9, larger: 1.2, largest: 1.4 }[size];
      expect(after.body).toBeCloseTo(before.body * scale, 1);
      expect(after.standfirst).toBeCloseTo(before.standfirst * scale, 1);
      expect(after.masthead).toEqual(before.masthead);
      expect(await chrome(page)).toEqual(around);
      expect(await overflow(page)).toEqual({ sideways: 0, outside: 0 });

      // Remembered, and set by the head script before the body is parsed: nothing moves on the way.
      await page.reload();
      await waitForTools(page);
      expect(await page.evaluate(() => (window as unknown as { textSizeAtParse: string | null }).textSizeAtParse)).toBe(size);
      expect(await fontSizes(page)).toEqual(after);
      expect(await page.getByRole('button', { name: TEXT_SIZE_LABELS[size] }).getAttribute('aria-pressed')).toBe('true');
      expect(await unexpectedShifts(page)).toEqual([]);
      expect(await overflow(page)).toEqual({ sideways: 0, outside: 0 });
      expect(await cspViolations(page)).toEqual([]);
      await close();
    },
  );

  it('default: the first visit changes nothing and shows the bar without moving anything', async () => {
    const { page, close } = await openRecorded({ viewport: { width, height: 800 } });
    await page.goto(`${session.origin}${ARTICLE}`);
    await waitForTools(page);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-text-size'))).toBe(false);
    expect((await fontSizes(page)).body).toBe(17);
    expect(await page.getByRole('button', { name: 'Default' }).getAttribute('aria-pressed')).toBe('true');
    expect(await unexpectedShifts(page)).toEqual([]);
    expect(await overflow(page)).toEqual({ sideways: 0, outside: 0 });
    // Back to the default from another step: the attribute goes, the choice is stored.
    await page.getByRole('button', { name: 'Largest' }).click();
    await page.getByRole('button', { name: 'Default' }).click();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-text-size'))).toBe(false);
    expect(await page.evaluate((key) => localStorage.getItem(key), TEXT_SIZE_KEY)).toBe('default');
    expect((await fontSizes(page)).body).toBe(17);
    await close();
  });
});

describe('text size from the keyboard', () => {
  it('is a group named "Text size" of four buttons that Tab reaches in order and Enter or Space press', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session.origin}${ARTICLE}`);
    const group = page.getByRole('group', { name: 'Text size' });
    await group.waitFor();
    expect(await group.getByRole('button').allTextContents()).toEqual(TEXT_SIZES.map((size) => TEXT_SIZE_LABELS[size]));
    await group.getByRole('button', { name: 'Smaller' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Larger');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await group.getByRole('button', { pressed: true }).allTextContents()).toEqual(['Larger']);
    expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe('larger');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press(' ');
    expect(await group.getByRole('button', { pressed: true }).allTextContents()).toEqual(['Smaller']);
    expect(await group.getByRole('button', { pressed: false }).count()).toBe(3);
    await context.close();
  });
});

/** A speech engine that speaks nothing: it records utterances and what it was told, and a test ends each utterance in turn. */
async function stubSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface Utterance {
      text: string;
      lang: string;
      voice: { name: string } | null;
      onend: ((event: object) => void) | null;
      onerror: ((event: object) => void) | null;
    }
    const spoken: { text: string; lang: string; voice: string | null }[] = [];
    const calls: string[] = [];
    let queue: Utterance[] = [];
    const voices = [
      { name: 'Local English', lang: 'en-GB', localService: true, default: true },
      { name: 'Online English', lang: 'en-US', localService: false, default: false },
      { name: 'Local French', lang: 'fr-FR', localService: true, default: false },
    ];
    class FakeUtterance {
      text: string;
      lang = '';
      voice = null;
      onend = null;
      onerror = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      getVoices: () => voices,
      speak(utterance: Utterance) {
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        queue.push(utterance);
      },
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
      // As engines do, a cancelled utterance ends with an error, after the call returns.
      cancel() {
        calls.push('cancel');
        const dropped = queue;
        queue = [];
        for (const utterance of dropped) setTimeout(() => utterance.onerror?.({ error: 'canceled' }));
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
    (window as unknown as { speech: object }).speech = {
      spoken,
      calls,
      finish: () => queue.shift()?.onend?.({}),
    };
    const scrolls: string[] = [];
    (window as unknown as { scrolls: string[] }).scrolls = scrolls;
    const { scrollIntoView } = Element.prototype as { scrollIntoView: (this: Element, options?: boolean | ScrollIntoViewOptions) => void };
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      if (typeof options === 'object') scrolls.push(options.behavior ?? 'auto');
      scrollIntoView.call(this, options);
    };
  });
}

interface Speech {
  spoken: { text: string; lang: string; voice: string | null }[];
  calls: string[];
}
const speech = (page: Page) => page.evaluate(() => (window as unknown as { speech: Speech }).speech);
const finish = (page: Page) => page.evaluate(() => (window as unknown as { speech: { finish: () => void } }).speech.finish());
/** The block highlighted as it is read: its tag and its start. */
const highlighted = (page: Page) => page.$$eval('.reading-aloud', (blocks) => blocks.map((b) => `${b.tagName.toLowerCase()}: ${(b.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}`));
/** The headline, the standfirst and the body's paragraphs as the page shows them, whitespace collapsed. */
const readingOrder = (page: Page) => page.$$eval('.article-headline, .article-standfirst, .article-body p', (blocks) => blocks.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('Listen', () => {
  it('reads the headline, the standfirst and each paragraph in order, in the page’s language, highlighting and showing each', async () => {
    // Reduced motion: each block is scrolled to at once, so the test can see it on screen.
    const context = await session.browser.newContext({ viewport: { width: 390, height: 700 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await stubSpeech(page);
    await page.goto(`${session.origin}${ARTICLE}`);
    const listen = page.locator('[data-listen-play]');
    await listen.waitFor();
    expect(await page.getByRole('button', { name: 'Stop' }).isVisible()).toBe(false);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await listen.click();
    const order = await readingOrder(page);
    const tags = await page.$$eval('.article-headline, .article-standfirst, .article-body p', (blocks) => blocks.map((b) => b.tagName.toLowerCase()));
    for (let i = 0; i < order.length; i++) {
      expect((await speech(page)).spoken.length).toBe(i + 1);
      expect(await highlighted(page)).toEqual([`${tags[i]}: ${(order[i] ?? '').slice(0, 30)}`]);
      // The block read is on screen.
      expect(await page.locator('.reading-aloud').evaluate((b) => b.getBoundingClientRect().bottom > 0 && b.getBoundingClientRect().top < window.innerHeight)).toBe(true);
      await finish(page);
    }
    const { spoken } = await speech(page);
    expect(spoken.map((u) => u.text)).toEqual(order);
    expect(new Set(spoken.map((u) => `${u.lang} ${u.voice}`))).toEqual(new Set(['en Local English']));
    // The end of the article: back to Listen, nothing highlighted.
    expect(await listen.textContent()).toBe('Listen');
    expect(await highlighted(page)).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });

  it('pauses, resumes and stops, as buttons named by what they do next, from the mouse and the keyboard', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await stubSpeech(page);
    await page.goto(`${session.origin}${ARTICLE}`);
    const play = page.locator('[data-listen-play]');
    const stop = page.getByRole('button', { name: 'Stop' });
    await page.getByRole('button', { name: 'Listen' }).click();
    await finish(page);
    expect(await play.textContent()).toBe('Pause');
    expect(await stop.isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Pause' }).click();
    expect((await speech(page)).calls.at(-1)).toBe('pause');
    expect(await play.textContent()).toBe('Resume');
    expect(await highlighted(page)).toHaveLength(1);
    await play.focus();
    await page.keyboard.press('Enter');
    expect((await speech(page)).calls.at(-1)).toBe('resume');
    expect(await play.textContent()).toBe('Pause');

    await stop.focus();
    await page.keyboard.press('Enter');
    expect((await speech(page)).calls.at(-1)).toBe('cancel');
    expect(await play.textContent()).toBe('Listen');
    expect(await stop.isVisible()).toBe(false);
    expect(await highlighted(page)).toEqual([]);
    // Stop hides itself: the keyboard is handed back to Listen.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-listen-play'))).toBe(true);
    // The cancelled utterance's late error starts nothing.
    const count = (await speech(page)).spoken.length;
    await page.waitForTimeout(100);
    expect((await speech(page)).spoken.length).toBe(count);
    expect(await highlighted(page)).toEqual([]);

    // Listen again starts from the headline.
    await page.keyboard.press(' ');
    expect((await speech(page)).spoken.at(-1)?.text).toBe((await readingOrder(page))[0]);
    await context.close();
  });

  it('reads in the article’s own language when the page marks one, with a voice of that language', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await stubSpeech(page);
    await page.goto(`${session.origin}${ARTICLE}`);
    await page.locator('article').evaluate((article) => article.setAttribute('lang', 'fr'));
    await page.getByRole('button', { name: 'Listen' }).click();
    await finish(page);
    expect((await speech(page)).spoken.map((u) => `${u.lang} ${u.voice}`)).toEqual(['fr Local French', 'fr Local French']);
    await context.close();
  });

  it.each([
    ['no-preference', 'smooth'],
    ['reduce', 'instant'],
  ] as const)('scrolls to the block read %s → %s', async (reducedMotion, behavior) => {
    const context = await session.browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await stubSpeech(page);
    await page.goto(`${session.origin}${ARTICLE}`);
    await page.getByRole('button', { name: 'Listen' }).click();
    await finish(page);
    expect(await page.evaluate(() => (window as unknown as { scrolls: string[] }).scrolls)).toEqual([behavior, behavior]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('keeps the page WCAG 2.2 AA (axe), highlighted paragraph included, in the %s theme', async (colorScheme) => {
    const context = await session.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await stubSpeech(page);
    await page.goto(`${session.origin}${ARTICLE}`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Listen' }).click();
    await finish(page);
    await finish(page);
    expect(await highlighted(page)).toHaveLength(1);
    expect(await page.locator('.reading-aloud').evaluate((b) => b.matches('.article-body p'))).toBe(true);
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(() =>
      (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
        .then((result) => result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)),
    );
    expect(violations).toEqual([]);
    await context.close();
  });

  it('is not offered, and keeps no room, where the browser has no speech synthesis', async () => {
    const { page, close } = await openRecorded();
    await page.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
    });
    await page.goto(`${session.origin}${ARTICLE}`);
    await waitForTools(page);
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    expect(await page.locator('[data-listen-controls]').boundingBox()).toBeNull();
    expect(await page.getByRole('button', { name: 'Listen' }).count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Text size' }).isVisible()).toBe(true);
    expect(await unexpectedShifts(page)).toEqual([]);
    await close();
  });
});

describe('without JavaScript', () => {
  it('offers neither control and keeps no room for them', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin}${ARTICLE}`);
    expect(await page.locator('[data-reading-tools]').boundingBox()).toBeNull();
    expect(await page.locator('[data-reading-tools] button').evaluateAll((buttons) => buttons.filter((b) => b.checkVisibility()).length)).toBe(0);
    expect(await page.getByRole('button', { name: 'Listen' }).count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Text size' }).count()).toBe(0);
    await context.close();
  });
});
