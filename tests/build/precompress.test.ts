import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fingerprint, type BuiltSite } from '../support/build-site.ts';
import { folderWith } from '../support/temp-tree.ts';

// Three invented articles in three sections, with nothing in common, so editing one leaves the others' pages as they were.
const article = (title: string, date: string, section: string, body: string) =>
  `---\ntitle: ${title}\ndate: ${date}\ndescription: ${title}, a sample article written for the pre-compression test.\nsection: ${section}\n---\n\n${body}\n`;
const MUSEUM = 'Kessa museum opens a comet gallery';
const content = folderWith({
  'ferry.md': article('Ferry timetable returns to Ostrel', '2024-05-03T09:00:00Z', 'world', 'Boats sail hourly again from the east quay.'),
  'museum.md': article(MUSEUM, '2024-05-02T09:00:00Z', 'culture', 'Visitors queued along the river to see the telescope.'),
  'bridge.md': article('Varnia council votes on bridge repairs', '2024-05-01T09:00:00Z', 'politics', 'Councillors met until late over the budget.'),
});
const work = mkdtempSync(join(tmpdir(), 'dispatch-precompress-'));
const outDir = join(work, 'site');
const env = { DISPATCH_NOW: '2026-11-30T12:00:00Z', DISPATCH_PRECOMPRESS: '1' };
const build = (extra: Record<string, string> = {}): BuiltSite => buildSite(content, { env: { ...env, ...extra }, outDir, cacheDir: join(work, 'cache') });

/** The modification time of every `.gz` and `.br` file of the site. */
function siblingTimes(site: BuiltSite): Record<string, number> {
  return Object.fromEntries(
    site
      .files()
      .filter((file) => /\.(gz|br)$/.test(file))
      .map((file) => [file, statSync(join(site.outDir, file)).mtimeMs]),
  );
}

/** The modification time of every file of the site that has siblings. */
function sourceTimes(site: BuiltSite): Record<string, number> {
  const files = new Set(site.files());
  return Object.fromEntries([...files].filter((file) => files.has(`${file}.gz`)).map((file) => [file, statSync(join(site.outDir, file)).mtimeMs]));
}

/** Siblings that do not decompress to the exact bytes of the file they sit beside. */
function wrongSiblings(site: BuiltSite): string[] {
  return site
    .files()
    .filter((file) => /\.(gz|br)$/.test(file))
    .filter((file) => {
      const source = readFileSync(join(site.outDir, file.replace(/\.(gz|br)$/, '')));
      const sibling = readFileSync(join(site.outDir, file));
      return !(file.endsWith('.gz') ? gunzipSync(sibling) : brotliDecompressSync(sibling)).equals(source);
    });
}

// Written, of them compressed while the pages rendered, and current.
const summaryOf = (site: BuiltSite) => /text files pre-compressed: (\d+) written \((\d+) of them while the pages rendered\), (\d+) current/.exec(site.output)?.slice(1).map(Number);

describe('pre-compressed siblings of text files', () => {
  let first: BuiltSite;
  let firstTimes: Record<string, number>;
  let firstWrong: string[];
  let second: BuiltSite;
  let secondTimes: Record<string, number>;
  let firstSources: Record<string, number>;
  let secondSources: Record<string, number>;
  let editedSources: Record<string, number>;
  let edited: BuiltSite;
  let beforeEdit: Record<string, string>;
  let afterEdit: Record<string, string>;
  let editedTimes: Record<string, number>;
  let editedWrong: string[];
  let deleted: BuiltSite;
  let deletedFiles: string[];
  let off: BuiltSite;
  let offFiles: string[];

  beforeAll(() => {
    first = build();
    firstTimes = siblingTimes(first);
    firstWrong = wrongSiblings(first);
    firstSources = sourceTimes(first);
    second = build();
    secondTimes = siblingTimes(second);
    secondSources = sourceTimes(second);

    beforeEdit = fingerprint(second);
    writeFileSync(join(content, 'museum.md'), `${readFileSync(join(content, 'museum.md'), 'utf8')}\nA second paragraph added in a correction.\n`);
    edited = build();
    afterEdit = fingerprint(edited);
    editedTimes = siblingTimes(edited);
    editedSources = sourceTimes(edited);
    editedWrong = wrongSiblings(edited);

    rmSync(join(content, 'bridge.md'));
    deleted = build();
    deletedFiles = deleted.files();

    off = build({ DISPATCH_PRECOMPRESS: '0' });
    offFiles = off.files();
  }, 300_000);

  it('builds every time', () => {
    for (const site of [first, second, edited, deleted, off]) expect(site.status, site.output.slice(-3000)).toBe(0);
  });

  it('writes a .gz and a .br beside an article’s page, the front page, the feeds and the stylesheet, each decompressing to the exact bytes', () => {
    for (const file of ['articles/ferry/index.html', 'index.html', 'feeds/rss.xml', 'sitemap-0.xml']) {
      expect(firstTimes[`${file}.gz`], file).toBeDefined();
      expect(firstTimes[`${file}.br`], file).toBeDefined();
    }
    expect(Object.keys(firstTimes).some((file) => /^_astro\/.*\.css\.br$/.test(file))).toBe(true);
    expect(firstWrong).toEqual([]);
    // The pages were handed to the compressing thread as they were written.
    const [written, ahead] = summaryOf(first) ?? [];
    expect(ahead).toBeGreaterThan(0);
    expect(ahead).toBeLessThanOrEqual(written ?? 0);
    expect(Object.keys(firstTimes).filter((file) => file.startsWith('_deploy/') || /\.png\./.test(file))).toEqual([]);
  });

  it('writes none again when nothing changed, and keeps the last build’s', () => {
    const [written, , current] = summaryOf(second) ?? [];
    expect(written).toBe(0);
    expect(current).toBe(Object.keys(firstTimes).length / 2);
    // A kept page's siblings are left as they were; those of a file written again with the same
    // bytes (Vite's bundles, say) are found current and dated after it, so the next build need not read them.
    for (const [sibling, time] of Object.entries(secondTimes)) {
      const file = sibling.replace(/\.(gz|br)$/, '');
      if (secondSources[file] === firstSources[file]) expect(time, sibling).toBe(firstTimes[sibling]);
      else expect(time, sibling).toBeGreaterThanOrEqual(secondSources[file] ?? Infinity);
    }
    expect(secondTimes['articles/ferry/index.html.gz']).toBe(firstTimes['articles/ferry/index.html.gz']);
  });

  it('after an edit, writes again the siblings of the files that changed (the article, and the lists and feeds naming it), and only those', () => {
    const changed = Object.keys(afterEdit).filter((file) => !/\.(gz|br)$/.test(file) && `${file}.gz` in editedTimes && afterEdit[file] !== beforeEdit[file]);
    const rewritten = Object.keys(editedTimes)
      .filter((file) => file.endsWith('.gz') && editedTimes[file] !== secondTimes[file])
      .map((file) => file.slice(0, -'.gz'.length));
    expect(changed).toContain('articles/museum/index.html');
    expect(rewritten).toEqual(expect.arrayContaining(changed));
    // The others were written again with the same bytes: their siblings were found current and only dated.
    for (const file of rewritten.filter((f) => !changed.includes(f))) expect(editedSources[file], file).not.toBe(secondSources[file]);
    expect(rewritten).not.toContain('articles/ferry/index.html');
    expect(summaryOf(edited)?.[0]).toBe(changed.length);
    expect(editedWrong).toEqual([]);
  });

  it('deletes a withdrawn article’s siblings with its page', () => {
    expect(deletedFiles.filter((file) => file.startsWith('articles/bridge/'))).toEqual([]);
    expect(deletedFiles).toContain('articles/ferry/index.html.br');
  });

  it('writes none with DISPATCH_PRECOMPRESS=0, and prunes the last build’s', () => {
    expect(off.output).toContain('text files not pre-compressed');
    expect(offFiles.filter((file) => /\.(gz|br)$/.test(file))).toEqual([]);
    expect(offFiles).toContain('articles/ferry/index.html');
  });
});
