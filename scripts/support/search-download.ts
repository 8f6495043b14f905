// What a reader's search downloads from the search index: the built site served on loopback,
// its search page opened in Debian's Chromium, one word searched as a reader would (typed into
// the box and submitted), and every /pagefind/ response summed once the results are shown.
import { resolve } from 'node:path';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/** What one kind of Pagefind file cost a search. */
export interface DownloadKind {
  readonly files: number;
  readonly bytes: number;
}

/** What a search downloaded from /pagefind/, in all and by kind of file. */
export interface SearchDownload {
  readonly word: string;
  readonly bytes: number;
  readonly files: number;
  readonly byKind: Readonly<Record<string, DownloadKind>>;
  /** The search page's summary once results were shown, e.g. "3,100 stories match …". */
  readonly summary: string;
}

/** The kind of a file Pagefind serves, from its path: script, wasm, entry, meta, index, fragment, filter or other. */
export function pagefindFileKind(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.endsWith('.js')) return 'script';
  if (/^wasm\..*\.pagefind$/.test(name)) return 'wasm';
  if (name === 'pagefind-entry.json') return 'entry';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  if (name.endsWith('.pf_filter')) return 'filter';
  return 'other';
}

/** Sums downloaded files (URL path and bytes) under /pagefind/, in all and by kind; other paths are left out. */
export function summarizeDownloads(word: string, downloads: readonly { readonly path: string; readonly bytes: number }[], summary = ''): SearchDownload {
  const byKind: Record<string, DownloadKind> = {};
  let bytes = 0;
  let files = 0;
  for (const download of downloads) {
    if (!download.path.startsWith('/pagefind/')) continue;
    const kind = pagefindFileKind(download.path);
    const sum = byKind[kind] ?? { files: 0, bytes: 0 };
    byKind[kind] = { files: sum.files + 1, bytes: sum.bytes + download.bytes };
    bytes += download.bytes;
    files++;
  }
  return { word, bytes, files, byKind, summary };
}

/** Serves `siteDir`, searches `word` on its /search/ page in Chromium and sums what came from /pagefind/. */
export async function measureSearchDownload(siteDir: string, word: string, timeoutMs = 300_000): Promise<SearchDownload> {
  const server = await serveStatic(resolve(siteDir));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(timeoutMs);
    const bodies: Promise<{ path: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/pagefind/')) {
        bodies.push(response.body().then((body) => ({ path, bytes: body.length })));
      }
    });
    await page.goto(`${server.origin}/search/`);
    await page.fill('#search-query', word);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    // The summary says "Searching…" until every result shown has its excerpt, then how many matched.
    await page.waitForFunction(() => /match|No stories|not available/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const summary = (await page.locator('[data-search-summary]').textContent()) ?? '';
    if (summary.includes('not available')) throw new Error(`${siteDir}/search/index.html: search for "${word}" failed: ${summary}`);
    return summarizeDownloads(word, await Promise.all(bodies), summary);
  } finally {
    await browser.close();
    await server.close();
  }
}
