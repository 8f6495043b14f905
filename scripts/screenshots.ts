// npm run screenshots: photographs the built site (dist/) in Chromium, front page, an article
// and an article in a right-to-left language (Arabic, mirrored) at 390 px and 1280 px wide,
// light and dark, into docs/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const root = join(import.meta.dirname, '..');
const dist = resolve(root, process.env.DISPATCH_OUT_DIR ?? 'dist');
const out = join(root, 'docs/screenshots');
const article = process.argv[2] ?? '/articles/kim-jong-un-in-russia/';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('screenshots: build the site first (npm run build)');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const [name, path] of [
    ['front', '/'],
    ['article', article],
    ['article-rtl', process.argv[3] ?? '/articles/comet-holm-discovered-ar/'],
  ] as const) {
    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: scheme });
        await page.goto(`${server.origin}${path}`);
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: false });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        console.log(`${file}${overflow > 0 ? `  (scrolls sideways by ${overflow}px!)` : ''}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
