import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { DEFAULT_DIST } from './default-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Chromium and the default site served on loopback, for one test file. */
export interface BrowserSession {
  readonly browser: Browser;
  /** `http://127.0.0.1:PORT` of the served site. */
  readonly origin: string;
}

/** Starts Chromium and serves the default site before a file's tests, and stops both after. */
export function useBrowserSession(): BrowserSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(DEFAULT_DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server.origin;
    },
  };
}
