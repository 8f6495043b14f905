import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../../support/temp-tree.ts';
import { emptyFolder, filePathsUnder, listingDigest, listOutput, removeFiles, staleFiles, summarizeListing, writesSince, type OutputFile } from '../../../src/build/output/kept-output.ts';

describe('staleFiles', () => {
  const file = (path: string, mtimeMs: number): OutputFile => ({ path, size: 1, mtimeMs });
  it.each([
    { name: 'written by this build', files: [file('a.html', 2000)], kept: [], stale: [] },
    { name: 'left from the last build', files: [file('old.html', 500)], kept: [], stale: ['old.html'] },
    { name: 'an unchanged page the build kept', files: [file('articles/x/index.html', 500)], kept: ['articles/x/index.html'], stale: [] },
    { name: 'a mix, in listing order', files: [file('a', 500), file('b', 1500), file('c', 999), file('d', 1000)], kept: ['c'], stale: ['a'] },
  ])('$name', ({ files, kept, stale }) => {
    expect(staleFiles(files, 1000, new Set(kept))).toEqual(stale);
  });
});

describe('writesSince', () => {
  const file = (mtimeMs: number): OutputFile => ({ path: 'a.html', size: 1, mtimeMs });
  // Files written by this build are told from the last build's by their modification time,
  // counted from a second before the whole second the build starts in (coarse file systems).
  it.each([
    { name: 'an empty output folder', files: [], now: 10_400, since: 9_000, waitMs: 0 },
    { name: 'a last build long finished', files: [file(3_000), file(7_999)], now: 10_400, since: 9_000, waitMs: 0 },
    { name: 'a last build that finished just now', files: [file(9_500)], now: 10_400, since: 10_000, waitMs: 600 },
    { name: 'a file written in the very second the boundary falls on', files: [file(9_000)], now: 10_999, since: 10_000, waitMs: 1 },
  ])('$name', ({ files, now, since, waitMs }) => {
    expect(waitMs).toBeLessThanOrEqual(2_000);
    // Every file left from the last build is older than the boundary, after waiting.
    expect(writesSince(summarizeListing(files).newestMtimeMs, now)).toEqual({ since, waitMs });
    for (const old of files) expect(old.mtimeMs).toBeLessThan(since);
  });

  it('does not wait for a file dated in the future, which no wait would make older', () => {
    expect(writesSince(summarizeListing([file(50_000)]).newestMtimeMs, 10_400)).toEqual({ since: 9_000, waitMs: 0 });
  });
});

describe('filePathsUnder', () => {
  it('gives every file at any depth under the folder, after the prefix, as listOutput names them, and no folder', () => {
    const dir = folderWith({ 'part/pagefind.js': 'p', 'part/fragment/en_1.pf_fragment': 'f', 'part/index/en_1.pf_index': 'i', 'other.html': 'o' });
    const paths: string[] = [];
    filePathsUnder(join(dir, 'part'), `part${sep}`, paths);
    expect(paths.sort()).toEqual(
      listOutput(dir)
        .map((file) => file.path)
        .filter((path) => path.startsWith(`part${sep}`)),
    );
    expect(paths).toHaveLength(3);
  });
});

describe('listOutput and listingDigest', () => {
  it('lists every file but a .git folder, sorted, and is empty for a missing folder', () => {
    const dir = folderWith({ 'b/index.html': 'b', 'a.html': 'a', '.git/HEAD': 'ref' });
    expect(listOutput(dir).map((f) => f.path)).toEqual(['a.html', 'b/index.html']);
    expect(listOutput(join(dir, 'missing'))).toEqual([]);
  });

  it("leaves a worktree's .git file alone too, but lists a page's folder that happens to be named .git deeper down", () => {
    const dir = folderWith({ '.git': 'gitdir: ../repo/.git/worktrees/site', 'a/.git/index.html': 'a', 'a/b/c/d.css': 'd' });
    expect(listOutput(dir).map((f) => f.path)).toEqual([join('a', '.git', 'index.html'), join('a', 'b', 'c', 'd.css')]);
    expect(listOutput(dir).find((f) => f.path.endsWith('d.css'))?.size).toBe(1);
  });

  it('changes when a file is rewritten, added or touched', () => {
    const dir = folderWith({ 'a.html': 'a' });
    const before = listingDigest(listOutput(dir));
    expect(listingDigest(listOutput(dir))).toBe(before);
    utimesSync(join(dir, 'a.html'), new Date(0), new Date(5000));
    const touched = listingDigest(listOutput(dir));
    expect(touched).not.toBe(before);
    writeFileSync(join(dir, 'b.html'), 'b');
    expect(listingDigest(listOutput(dir))).not.toBe(touched);
  });
});

describe('removeFiles and emptyFolder', () => {
  it('removes the files and the folders they leave empty, and nothing else', () => {
    const dir = folderWith({ 'articles/gone/index.html': 'x', 'articles/kept/index.html': 'y', 'old/deep/a.js': 'z' });
    removeFiles(dir, ['articles/gone/index.html', 'old/deep/a.js']);
    expect(listOutput(dir).map((f) => f.path)).toEqual(['articles/kept/index.html']);
    expect(existsSync(join(dir, 'old'))).toBe(false);
    expect(existsSync(join(dir, 'articles/gone'))).toBe(false);
  });

  it('empties a folder but keeps a .git folder in it', () => {
    const dir = folderWith({ 'a.html': 'a', 'b/c.html': 'c', '.git/HEAD': 'ref' });
    emptyFolder(dir);
    expect(listOutput(dir)).toEqual([]);
    expect(listOutput(join(dir, '.git'))).toEqual([{ path: 'HEAD', size: 3, mtimeMs: expect.any(Number) }]);
  });
});
