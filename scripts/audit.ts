// npm run audit: weighs the built front page and an article page (HTML, CSS, JS with the
// chunks its scripts import, raw and gzip), scores them with Lighthouse 13 (mobile) in
// Debian's Chromium, and asks Chromium whether the site is installable (Lighthouse 13 dropped
// its PWA category; Page.getInstallabilityErrors is the check it ran). Prints figures and
// whether each budget is met. Not a test: numbers like these belong in a report.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';

const root = join(import.meta.dirname, '..');
const dist = resolve(root, process.env.DISPATCH_OUT_DIR ?? 'dist');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const pages = [
  ['front page', '/'],
  ['article page', process.argv[2] ?? '/articles/kim-jong-un-in-russia/'],
] as const;
const BUDGET = { totalGzip: 30 * 1024, jsGzip: 8 * 1024, score: 100 };

if (!existsSync(join(dist, 'index.html'))) {
  console.error('audit: build the site first (npm run build)');
  process.exit(1);
}

interface Weight {
  raw: number;
  gzip: number;
}
const weigh = (text: string | Buffer): Weight => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function pageWeight(path: string): { html: Weight; css: Weight; js: Weight } {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  let css = { raw: 0, gzip: 0 };
  let js = { raw: 0, gzip: 0 };
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) css = add(css, weigh(readFileSync(join(dist, href ?? ''))));
  // Each script and every chunk it imports, once: what the browser downloads to run them.
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map(([, src]) => src ?? '');
  const seen = new Set<string>();
  while (scripts.length > 0) {
    const src = scripts.pop() ?? '';
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    js = add(js, weigh(code));
    for (const [, imported] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) scripts.push(new URL(imported ?? '', `http://site${src}`).pathname);
  }
  // Inline scripts and styles are part of the HTML's weight already; count their share of JS too.
  for (const [, body] of html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)) if (body) js = add(js, weigh(body));
  return { html: weigh(html), css, js };
}

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// Chromium's own installability check, on the audit's browser (its profile is on disk: an
// incognito context is never installable).
async function installable(path: string): Promise<boolean> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    // The manifest and the worker are fetched after load: ask until Chromium has read them.
    const cdp = await context.newCDPSession(page);
    let errors: { errorId: string }[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      ({ installabilityErrors: errors } = await cdp.send('Page.getInstallabilityErrors'));
      if (errors.length === 0) break;
      await page.waitForTimeout(250);
    }
    if (errors.length > 0) console.log(`    installability errors: ${errors.map((e) => e.errorId).join(', ')}`);
    await page.close();
    return errors.length === 0;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

let failed = false;
try {
  for (const [name, path] of pages) {
    const weight = pageWeight(path);
    const total = add(add(weight.html, weight.css), weight.js);
    console.log(`\n${name} (${path})`);
    console.log(`  HTML   ${kb(weight.html.raw).padStart(9)} raw ${kb(weight.html.gzip).padStart(9)} gzip`);
    console.log(`  CSS    ${kb(weight.css.raw).padStart(9)} raw ${kb(weight.css.gzip).padStart(9)} gzip`);
    console.log(`  JS     ${kb(weight.js.raw).padStart(9)} raw ${kb(weight.js.gzip).padStart(9)} gzip`);
    console.log(`  total  ${kb(total.raw).padStart(9)} raw ${kb(total.gzip).padStart(9)} gzip`);
    const result = await lighthouse(`${server.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.values(categories).map((c) => [c.title, Math.round((c.score ?? 0) * 100)] as const);
    console.log(`  Lighthouse (mobile): ${scores.map(([title, score]) => `${title} ${score}`).join(', ')}`);
    for (const audit of Object.values(result?.lhr.audits ?? {})) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`    failing audit: ${audit.id}: ${audit.title}`);
    }
    const checks: [string, boolean][] = [
      [`HTML+CSS+JS under ${kb(BUDGET.totalGzip)} gzip`, total.gzip < BUDGET.totalGzip],
      [`JS under ${kb(BUDGET.jsGzip)} gzip`, weight.js.gzip < BUDGET.jsGzip],
      ...scores.map(([title, score]) => [`${title} ${BUDGET.score}`, score >= BUDGET.score] as [string, boolean]),
      ['installable (Chromium reports no installability error)', await installable(path)],
    ];
    for (const [label, met] of checks) console.log(`  ${met ? 'met   ' : 'MISSED'} ${label}`);
    failed ||= checks.some(([, met]) => !met);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(failed ? '\naudit: some budgets were missed' : '\naudit: every budget met');
process.exitCode = failed ? 1 : 0;
