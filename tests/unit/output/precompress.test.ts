import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { isPrecompressed, precompressBuild, precompressEnabled, precompressOutput, PRECOMPRESS_MIN_BYTES } from '../../../src/build/output/precompress.ts';
import { listOutput, withRewritten } from '../../../src/build/output/kept-output.ts';
import { startPrecompressAhead } from '../../../src/build/output/precompress-ahead.ts';
import { brotliText, gzipText } from '../../../src/build/output/text-compression.ts';
import { servingRules } from '../../../src/lib/serving/serving-rules.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';
import { folderWith } from '../../support/temp-tree.ts';

const rules = servingRules({ origin: 'https://news.example', contentSecurityPolicy: "default-src 'self'", redirects: [] });

// Invented text, long enough to be worth compressing, and different per name.
const page = (name: string): string => `<!doctype html><title>${name}</title>${`<p>The ${name} ferry left the quay at dawn with forty passengers.</p>`.repeat(40)}`;

describe('precompressEnabled', () => {
  it.each([
    { name: 'on by default', site: {}, env: undefined, enabled: true },
    { name: 'the site turns it off', site: { precompress: false }, env: undefined, enabled: false },
    { name: 'an empty variable leaves the site’s setting', site: { precompress: false }, env: '', enabled: false },
    { name: 'DISPATCH_PRECOMPRESS=0 turns it off', site: { precompress: true }, env: '0', enabled: false },
    { name: 'DISPATCH_PRECOMPRESS=1 turns it on', site: { precompress: false }, env: '1', enabled: true },
  ])('$name', ({ site, env, enabled }) => {
    expect(precompressEnabled(site, env)).toBe(enabled);
  });

  it('refuses anything but 0 or 1, naming the variable', () => {
    expect(() => precompressEnabled({}, 'no')).toThrow(/^DISPATCH_PRECOMPRESS: expected 0 .* or 1, found "no"/);
  });
});

describe('isPrecompressed', () => {
  const big = PRECOMPRESS_MIN_BYTES;
  it.each([
    { path: 'articles/ferry/index.html', size: big, yes: true },
    { path: 'feeds/rss.xml', size: big, yes: true },
    { path: '_astro/site.B1x9.css', size: big, yes: true },
    { path: 'pagefind/3f9c/pagefind.js', size: big, yes: true },
    { path: 'site.webmanifest', size: big, yes: true },
    { path: 'robots.txt', size: big - 1, yes: false },
    { path: 'articles/ferry/card.png', size: big, yes: false },
    { path: 'articles/ferry/index.html.gz', size: big, yes: false },
    { path: 'articles/ferry/index.html.br', size: big, yes: false },
    { path: '_deploy/serving-rules.json', size: big, yes: false },
    { path: '_headers', size: big, yes: false },
  ])('$path ($size bytes): $yes', ({ path, size, yes }) => {
    expect(isPrecompressed(rules, { path, size })).toBe(yes);
  });
});

describe('gzipText and brotliText', () => {
  const text = Buffer.from(page('harbour'));
  it('decompress to the exact bytes, smaller', () => {
    const [gz, br] = [gzipText(text), brotliText(text)];
    expect(gunzipSync(gz).equals(text)).toBe(true);
    expect(brotliDecompressSync(br).equals(text)).toBe(true);
    expect(gz.length).toBeLessThan(text.length / 4);
    expect(br.length).toBeLessThan(gz.length);
  });

  it('write the same bytes every time, with no time and no operating system in the gzip header', () => {
    const gz = gzipText(text);
    expect(gzipText(text).equals(gz)).toBe(true);
    expect(brotliText(text).equals(brotliText(text))).toBe(true);
    // ID1 ID2, deflate, no flags, MTIME 0, XFL 2 (best compression), OS 255 (unknown).
    expect(gz.subarray(0, 10).toString('hex')).toBe('1f8b08000000000002ff');
  });
});

/** Sets a file's modification time, in epoch ms. */
function dated(file: string, ms: number): void {
  utimesSync(file, ms / 1000, ms / 1000);
}

describe('precompressOutput', () => {
  // This build started a second ago; the last one an hour ago.
  const thisBuild = (): number => Date.now() - 1_000;
  const LAST_BUILD = Date.now() - 3_600_000;

  /** A folder as the last build left it: pages and their siblings, all older than this build. */
  async function lastBuild(pages: Record<string, string>): Promise<string> {
    const dir = folderWith(pages);
    await precompressOutput(dir, rules, { buildStarted: 0, claimed: new Set(), pages: new Set() }, PROJECT_ROOT);
    for (const path of Object.keys(pages)) for (const file of [path, `${path}.gz`, `${path}.br`]) if (existsSync(join(dir, file))) dated(join(dir, file), LAST_BUILD);
    return dir;
  }

  it('writes a .gz and a .br beside each text file big enough, which decompress to its bytes, and nothing beside the others', async () => {
    const dir = folderWith({ 'a/index.html': page('a'), 'robots.txt': 'User-agent: *\n', 'card.png': page('png') });
    const { summary, listing } = await precompressOutput(dir, rules, { buildStarted: thisBuild(), claimed: new Set(), pages: new Set() }, PROJECT_ROOT);
    expect(summary).toEqual({ written: 1, ahead: 0, current: 0 });
    expect(listing).toEqual(listOutput(dir));
    const source = readFileSync(join(dir, 'a/index.html'));
    expect(gunzipSync(readFileSync(join(dir, 'a/index.html.gz'))).equals(source)).toBe(true);
    expect(brotliDecompressSync(readFileSync(join(dir, 'a/index.html.br'))).equals(source)).toBe(true);
    for (const none of ['robots.txt.gz', 'robots.txt.br', 'card.png.gz', 'card.png.br']) expect(existsSync(join(dir, none))).toBe(false);
  });

  it.each([
    {
      name: 'nothing changed: keeps every sibling, writes none',
      change: (): void => {},
      summary: { written: 0, ahead: 0, current: 2 },
      claimed: ['a/index.html.br', 'a/index.html.gz', 'b/index.html.br', 'b/index.html.gz'],
    },
    {
      name: 'a page written again this build with the same bytes: its siblings are still current',
      change: (dir: string): void => writeFileSync(join(dir, 'a/index.html'), page('a')),
      summary: { written: 0, ahead: 0, current: 2 },
      claimed: ['a/index.html.br', 'a/index.html.gz', 'b/index.html.br', 'b/index.html.gz'],
    },
    {
      name: 'a page changed this build: only its siblings are written again',
      change: (dir: string): void => writeFileSync(join(dir, 'a/index.html'), page('a, corrected')),
      summary: { written: 1, ahead: 0, current: 1 },
      claimed: ['b/index.html.br', 'b/index.html.gz'],
    },
    {
      name: 'a page copied in with a time newer than its siblings (a shard’s, at a merge): written again',
      change: (dir: string): void => {
        writeFileSync(join(dir, 'a/index.html'), page('a, from a shard'));
        dated(join(dir, 'a/index.html'), LAST_BUILD + 1_000);
      },
      summary: { written: 1, ahead: 0, current: 1 },
      claimed: ['b/index.html.br', 'b/index.html.gz'],
    },
    {
      name: 'a page whose .br is missing: both written again',
      change: (dir: string): void => rmSync(join(dir, 'a/index.html.br')),
      summary: { written: 1, ahead: 0, current: 1 },
      claimed: ['b/index.html.br', 'b/index.html.gz'],
    },
    {
      name: 'a page gone: its siblings are neither written nor claimed, so pruning deletes them',
      change: (dir: string): void => rmSync(join(dir, 'a/index.html')),
      summary: { written: 0, ahead: 0, current: 1 },
      claimed: ['b/index.html.br', 'b/index.html.gz'],
    },
    {
      name: 'a page the build no longer makes, still there until pruning: its siblings go with it',
      change: (): void => {},
      pages: ['b/index.html'],
      summary: { written: 0, ahead: 0, current: 1 },
      claimed: ['b/index.html.br', 'b/index.html.gz'],
    },
    {
      name: 'a file another step of the build claimed as current (a search part’s): its siblings are kept too',
      change: (): void => {},
      pages: ['b/index.html'],
      alsoClaimed: ['a/index.html'],
      summary: { written: 0, ahead: 0, current: 2 },
      claimed: ['a/index.html', 'a/index.html.br', 'a/index.html.gz', 'b/index.html.br', 'b/index.html.gz'],
    },
  ])('$name', async ({ change, pages, alsoClaimed, summary, claimed }: { change: (dir: string) => void; pages?: string[]; alsoClaimed?: string[]; summary: object; claimed: string[] }) => {
    const dir = await lastBuild({ 'a/index.html': page('a'), 'b/index.html': page('b') });
    change(dir);
    // The pages Astro left in place: by default both.
    const kept = new Set<string>(alsoClaimed);
    const outcome = await precompressOutput(dir, rules, { buildStarted: thisBuild(), claimed: kept, pages: new Set(pages ?? ['a/index.html', 'b/index.html']) }, PROJECT_ROOT);
    expect(outcome.summary).toEqual(summary);
    expect([...kept].sort()).toEqual(claimed);
    // Pruning trusts this listing instead of making its own: it must be the folder as it is now.
    expect(outcome.listing).toEqual(listOutput(dir));
    for (const path of ['a/index.html', 'b/index.html']) {
      if (!existsSync(join(dir, path))) continue;
      const source = readFileSync(join(dir, path));
      expect(gunzipSync(readFileSync(join(dir, `${path}.gz`))).equals(source)).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(dir, `${path}.br`))).equals(source)).toBe(true);
    }
  });

  it('finds a page’s siblings past other files whose names begin with the page’s (a backup, a longer name), and keeps them', async () => {
    // Listed by path: index.html, index.html.bak, index.html.br, index.html.gz, index.html5.html and its siblings.
    const dir = await lastBuild({ 'a/index.html': page('a'), 'a/index.html5.html': page('a5') });
    writeFileSync(join(dir, 'a/index.html.bak'), page('an old a'));
    dated(join(dir, 'a/index.html.bak'), LAST_BUILD);
    const kept = new Set<string>();
    const outcome = await precompressOutput(dir, rules, { buildStarted: thisBuild(), claimed: kept, pages: new Set(['a/index.html', 'a/index.html5.html']) }, PROJECT_ROOT);
    expect(outcome.summary).toEqual({ written: 0, ahead: 0, current: 2 });
    expect([...kept].sort()).toEqual(['a/index.html.br', 'a/index.html.gz', 'a/index.html5.html.br', 'a/index.html5.html.gz']);
  });

  it('dates the siblings of a page written again with the same bytes after it, so that the next build takes them as current without reading them', async () => {
    const dir = await lastBuild({ 'a/index.html': page('a') });
    // Every page written again with the same bytes, as after a change of code that does not change them.
    writeFileSync(join(dir, 'a/index.html'), page('a'));
    const pageTime = statSync(join(dir, 'a/index.html')).mtimeMs;
    const thisOne = await precompressOutput(dir, rules, { buildStarted: thisBuild(), claimed: new Set(), pages: new Set(['a/index.html']) }, PROJECT_ROOT);
    expect(thisOne.summary).toEqual({ written: 0, ahead: 0, current: 1 });
    for (const sibling of ['a/index.html.gz', 'a/index.html.br']) expect(statSync(join(dir, sibling)).mtimeMs).toBeGreaterThanOrEqual(pageTime);
    expect(thisOne.listing).toEqual(listOutput(dir));
  });
});

describe('the listing after pre-compression', () => {
  it.each([
    { name: 'nothing rewritten', rewritten: [] },
    { name: 'files rewritten in place', rewritten: ['c/index.html.gz', 'a/index.html.br'] },
    { name: 'new files first, between and last', rewritten: ['0.html.gz', 'b/index.html.gz', 'z/index.html.br'] },
    { name: 'both, a file named twice', rewritten: ['c/index.html.gz', 'b/index.html.gz', 'c/index.html.gz', 'd/index.html.br'] },
    { name: 'a file deleted, and one named that never was', rewritten: ['c/index.html.gz', 'b/index.html.gz'], deleted: ['e/index.html.gz', 'never/index.html'] },
  ])('is the folder as it is now: $name', ({ rewritten, deleted = [] }) => {
    const dir = folderWith({ 'a/index.html.br': 'a', 'c/index.html.gz': 'c', 'e/index.html.gz': 'e' });
    const before = listOutput(dir);
    for (const path of rewritten) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), `${path} written again, longer`);
    }
    for (const path of deleted) rmSync(join(dir, path), { force: true });
    expect(withRewritten(before, dir, [...rewritten, ...deleted])).toEqual(listOutput(dir));
  });
});

describe('pre-compression ahead, while the pages render', () => {
  const bytesOf = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer;
  const stagingDir = (): string => join(mkdtempSync(join(tmpdir(), 'dispatch-ahead-')), 'staging');

  it('stages the siblings of the pages handed over, and the last step moves them beside the page: the same bytes as compressing there', async () => {
    const buildStarted = Date.now() - 1_000;
    const dir = folderWith({ 'a/index.html': page('a'), 'b/index.html': page('b') });
    const ahead = startPrecompressAhead(stagingDir(), PROJECT_ROOT, dir);
    ahead.offer('a/index.html', bytesOf(page('a')));
    const { staged, problem } = await ahead.finish();
    expect(problem).toBeUndefined();
    expect([...staged.keys()]).toEqual(['a/index.html']);
    const { summary } = await precompressOutput(dir, rules, { buildStarted, claimed: new Set(), pages: new Set() }, PROJECT_ROOT, staged);
    expect(summary).toEqual({ written: 2, ahead: 1, current: 0 });
    for (const name of ['a', 'b']) {
      const source = readFileSync(join(dir, `${name}/index.html`));
      expect(readFileSync(join(dir, `${name}/index.html.br`)).equals(brotliText(source))).toBe(true);
      expect(readFileSync(join(dir, `${name}/index.html.gz`)).equals(gzipText(source))).toBe(true);
    }
    ahead.discard();
  });

  it('compresses anew a page whose written bytes are not the bytes handed over (a wrong path, a page changed after)', async () => {
    const buildStarted = Date.now() - 1_000;
    const dir = folderWith({ 'a/index.html': page('a, as written') });
    const ahead = startPrecompressAhead(stagingDir(), PROJECT_ROOT, dir);
    ahead.offer('a/index.html', bytesOf(page('a, as handed over')));
    const { summary } = await precompressOutput(dir, rules, { buildStarted, claimed: new Set(), pages: new Set() }, PROJECT_ROOT, (await ahead.finish()).staged);
    expect(summary).toEqual({ written: 1, ahead: 0, current: 0 });
    const source = readFileSync(join(dir, 'a/index.html'));
    expect(gunzipSync(readFileSync(join(dir, 'a/index.html.gz'))).equals(source)).toBe(true);
    expect(brotliDecompressSync(readFileSync(join(dir, 'a/index.html.br'))).equals(source)).toBe(true);
    ahead.discard();
  });

  it('never breaks the build when it cannot stage: the pages are left to the last step and the problem is said', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dispatch-ahead-')), 'a-file');
    writeFileSync(file, 'not a folder');
    const ahead = startPrecompressAhead(join(file, 'staging'), PROJECT_ROOT, folderWith({}));
    expect(() => ahead.offer('a/index.html', bytesOf(page('a')))).not.toThrow();
    const { staged, problem } = await ahead.finish();
    expect(staged.size).toBe(0);
    expect(problem).toMatch(/ENOTDIR/);
    ahead.discard();
  });

  it('takes pages handed over while it is behind from their files, and leaves to the last step those it has not reached when the pages are done', async () => {
    // Before the pages are written: they count as this build's however long the thread takes.
    const buildStarted = Date.now() - 1_000;
    const staging = stagingDir();
    const names = Array.from({ length: 60 }, (_, i) => `p${i}`);
    const dir = folderWith(Object.fromEntries(names.map((name) => [`${name}/index.html`, page(name)])));
    const ahead = startPrecompressAhead(staging, PROJECT_ROOT, dir);
    // Handed over faster than any thread compresses: most wait as a file to read, not as bytes.
    for (const name of names) ahead.offer(`${name}/index.html`, bytesOf(page(name)));
    // The thread is at the lowest priority: wait until it has staged every page (two files each).
    for (let waited = 0; waited < 60_000 && (existsSync(staging) ? readdirSync(staging).length : 0) < 2 * names.length; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    const { staged, problem } = await ahead.finish();
    expect(problem).toBeUndefined();
    expect([...staged.keys()].sort()).toEqual(names.map((name) => `${name}/index.html`).sort());
    const { summary } = await precompressOutput(dir, rules, { buildStarted, claimed: new Set(), pages: new Set() }, PROJECT_ROOT, staged);
    expect(summary).toEqual({ written: names.length, ahead: names.length, current: 0 });
    for (const name of names) {
      const source = readFileSync(join(dir, `${name}/index.html`));
      expect(readFileSync(join(dir, `${name}/index.html.br`)).equals(brotliText(source))).toBe(true);
      expect(readFileSync(join(dir, `${name}/index.html.gz`)).equals(gzipText(source))).toBe(true);
      // Moved in dated after their page: the next build takes them as current.
      expect(statSync(join(dir, `${name}/index.html.br`)).mtimeMs).toBeGreaterThanOrEqual(statSync(join(dir, `${name}/index.html`)).mtimeMs);
    }
    ahead.offer('late/index.html', bytesOf(page('late')));
    expect(staged.has('late/index.html')).toBe(false);
    ahead.discard();
    expect(existsSync(staging)).toBe(false);
  });

  it('stops at once when the pages are done, leaving the files it has not read to the last step', async () => {
    const buildStarted = Date.now() - 1_000;
    const names = Array.from({ length: 400 }, (_, i) => `q${i}`);
    const dir = folderWith(Object.fromEntries(names.map((name) => [`${name}/index.html`, page(name)])));
    const ahead = startPrecompressAhead(stagingDir(), PROJECT_ROOT, dir);
    for (const name of names) ahead.offer(`${name}/index.html`, bytesOf(page(name)));
    const { staged } = await ahead.finish();
    // At least the pages handed over with their bytes; not all 400, read one file at a time.
    expect(staged.size).toBeGreaterThanOrEqual(16);
    expect(staged.size).toBeLessThan(names.length);
    const { summary } = await precompressOutput(dir, rules, { buildStarted, claimed: new Set(), pages: new Set() }, PROJECT_ROOT, staged);
    expect(summary).toEqual({ written: names.length, ahead: staged.size, current: 0 });
    for (const name of names) {
      const source = readFileSync(join(dir, `${name}/index.html`));
      expect(gunzipSync(readFileSync(join(dir, `${name}/index.html.gz`))).equals(source)).toBe(true);
    }
    ahead.discard();
  });

  it('compresses anew a page changed on disk after it was read ahead', async () => {
    const buildStarted = Date.now() - 1_000;
    const dir = folderWith({ 'a/index.html': page('a, first'), 'b/index.html': page('b') });
    const ahead = startPrecompressAhead(stagingDir(), PROJECT_ROOT, dir);
    ahead.offer('b/index.html', bytesOf(page('b')));
    const { staged } = await ahead.finish();
    expect(staged.has('b/index.html')).toBe(true);
    // The page b was staged from is not the page on disk now.
    writeFileSync(join(dir, 'b/index.html'), page('b, rewritten'));
    const { summary } = await precompressOutput(dir, rules, { buildStarted, claimed: new Set(), pages: new Set() }, PROJECT_ROOT, staged);
    expect(summary).toEqual({ written: 2, ahead: 0, current: 0 });
    expect(brotliDecompressSync(readFileSync(join(dir, 'b/index.html.br'))).toString()).toBe(page('b, rewritten'));
    ahead.discard();
  });
});

describe('precompressBuild', () => {
  it('with DISPATCH_PRECOMPRESS=0, writes nothing and lets pruning take the siblings other steps claimed with their folders', async () => {
    const dir = folderWith({ 'pagefind/3f9c/pagefind.js': page('search') });
    await precompressOutput(dir, rules, { buildStarted: 0, claimed: new Set(), pages: new Set() }, PROJECT_ROOT);
    // The search index keeps an unchanged part by claiming every file in its folder.
    const claimed = new Set(['pagefind/3f9c/pagefind.js', 'pagefind/3f9c/pagefind.js.gz', 'pagefind/3f9c/pagefind.js.br', 'articles/a/card.png']);
    vi.stubEnv('DISPATCH_PRECOMPRESS', '0');
    try {
      const { report, listing } = await precompressBuild({}, dir, rules, new Map(), { buildStarted: Date.now(), claimed }, PROJECT_ROOT);
      expect(report).toMatch(/^text files not pre-compressed/);
      // Nothing was listed: pruning lists the folder itself.
      expect(listing).toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
    }
    expect([...claimed].sort()).toEqual(['articles/a/card.png', 'pagefind/3f9c/pagefind.js']);
  });
});
