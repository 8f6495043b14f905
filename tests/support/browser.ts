import { chromium, type Browser } from 'playwright-core';

/** Where Debian's Chromium lives; tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Starts Debian's headless Chromium with flags that keep it off the network. Playwright gives
 * every launch a fresh, empty profile (user data dir) of its own.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
