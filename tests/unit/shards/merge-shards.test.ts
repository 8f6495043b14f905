import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSearchParts, checkShards, takeShardFiles } from '../../../src/build/shards/merge-shards.ts';
import { shardDir, writeShardManifest } from '../../../src/build/shards/shard-manifest.ts';

/** A shards folder holding `count` shards, each with its pages and files (path → text). */
function shardsWith(shards: readonly { pages: string[]; files: Record<string, string>; planDigest?: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-shards-'));
  shards.forEach((shard, i) => {
    const index = i + 1;
    const folder = shardDir(dir, index, shards.length);
    for (const [path, text] of Object.entries(shard.files)) {
      mkdirSync(join(folder, path, '..'), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    writeShardManifest(dir, {
      shard: index,
      count: shards.length,
      planDigest: shard.planDigest ?? 'plan-1',
      pages: shard.pages,
      pathnames: shard.pages.map((page) => `/${page}/`),
      files: Object.keys(shard.files).sort(),
    });
  });
  return dir;
}

const expected = (...pages: string[]) => new Map(pages.map((page) => [page, 'route']));

describe('checkShards: the merge refuses, naming them, shards it cannot trust', () => {
  it('accepts shards that wrote every page once', () => {
    const dir = shardsWith([
      { pages: ['a', 'b'], files: {} },
      { pages: ['c'], files: {} },
    ]);
    expect(checkShards(dir, 2, 'plan-1', expected('a', 'b', 'c')).map((m) => m.shard)).toEqual([1, 2]);
  });

  it.each<[string, () => void, string[]]>([
    ['a shard that was never built', () => checkShards(shardsWith([{ pages: ['a'], files: {} }]), 2, 'plan-1', expected('a')), ['2-of-2.json: missing; shard 2 of 2 was not built']],
    [
      'a shard rendered from another plan',
      () =>
        checkShards(
          shardsWith([
            { pages: ['a'], files: {} },
            { pages: ['b'], files: {}, planDigest: 'plan-0' },
          ]),
          2,
          'plan-1',
          expected('a', 'b'),
        ),
      ['2-of-2: rendered from another site plan'],
    ],
    [
      'a page no shard wrote',
      () =>
        checkShards(
          shardsWith([
            { pages: ['a'], files: {} },
            { pages: [], files: {} },
          ]),
          2,
          'plan-1',
          expected('a', 'b'),
        ),
      ['pages no shard wrote (1):', '  b'],
    ],
    [
      'a page two shards wrote',
      () =>
        checkShards(
          shardsWith([
            { pages: ['a', 'b'], files: {} },
            { pages: ['b'], files: {} },
          ]),
          2,
          'plan-1',
          expected('a', 'b'),
        ),
      ['pages written by two shards (1):', '  b (shards 1 and 2)'],
    ],
    ['a page the site no longer has', () => checkShards(shardsWith([{ pages: ['a', 'gone'], files: {} }]), 1, 'plan-1', expected('a')), ['pages the site does not have (1):', '  gone (shard 1)']],
  ])('%s', (_, merge, messages) => {
    let message = '';
    try {
      merge();
    } catch (error) {
      message = (error as Error).message;
    }
    for (const part of messages) expect(message).toContain(part);
  });
});

/** Two shards of a page each that both wrote `_astro/site.css` alike, an empty output folder, and the set of files taken. */
function twoShardsSharingAFile(): { dir: string; out: string; claimed: Set<string> } {
  const dir = shardsWith([
    { pages: ['a'], files: { 'a/index.html': 'A', '_astro/site.css': 'css' } },
    { pages: ['b'], files: { 'b/index.html': 'B', '_astro/site.css': 'css' } },
  ]);
  return { dir, out: mkdtempSync(join(tmpdir(), 'dispatch-merged-')), claimed: new Set<string>() };
}

describe('takeShardFiles: every shard file lands in the output folder once', () => {
  it('copies pages, takes a file several shards wrote alike once, and keeps what is current', () => {
    const { dir, out, claimed } = twoShardsSharingAFile();
    const first = takeShardFiles(dir, checkShards(dir, 2, 'plan-1', expected('a', 'b')), out, Date.now() + 60_000, claimed);
    expect(first).toMatchObject({ taken: 3, unchanged: 0 });
    expect(readFileSync(join(out, 'b/index.html'), 'utf8')).toBe('B');
    expect([...claimed].sort()).toEqual(['_astro/site.css', 'a/index.html', 'b/index.html']);
    // Merged again with nothing changed: nothing is copied.
    const again = takeShardFiles(dir, checkShards(dir, 2, 'plan-1', expected('a', 'b')), out, Date.now() + 60_000, new Set());
    expect(again).toMatchObject({ taken: 0, unchanged: 3 });
  });

  it('with move, moves the files (a CI job’s downloaded shards) and removes the manifests, so the folders are not merged again', () => {
    const { dir, out, claimed } = twoShardsSharingAFile();
    const merged = takeShardFiles(dir, checkShards(dir, 2, 'plan-1', expected('a', 'b')), out, Date.now() + 60_000, claimed, { move: true });
    expect(merged).toMatchObject({ taken: 3, unchanged: 0 });
    expect(['a/index.html', 'b/index.html', '_astro/site.css'].map((path) => readFileSync(join(out, path), 'utf8'))).toEqual(['A', 'B', 'css']);
    expect([...claimed].sort()).toEqual(['_astro/site.css', 'a/index.html', 'b/index.html']);
    expect(existsSync(join(shardDir(dir, 1, 2), 'a/index.html'))).toBe(false);
    expect(existsSync(join(shardDir(dir, 2, 2), 'b/index.html'))).toBe(false);
    expect(() => checkShards(dir, 2, 'plan-1', expected('a', 'b'))).toThrow('1-of-2.json: missing');
  });

  it('with move, takes a page folder whole only when it holds just its listed files and the output lacks it', () => {
    const dir = shardsWith([{ pages: ['a', 'b', 'c'], files: { 'a/index.html': 'A', 'a/index.html.gz': 'A gz', 'b/index.html': 'B', 'c/index.html': 'C', 'c/d/index.html': 'D' } }]);
    // Left in the shard's folder by something other than its build: never published.
    writeFileSync(join(shardDir(dir, 1, 1), 'b/stray.html'), 'not listed');
    const out = mkdtempSync(join(tmpdir(), 'dispatch-merged-'));
    // What an earlier build left in the output: kept beside the page, for pruning to judge.
    mkdirSync(join(out, 'c'));
    writeFileSync(join(out, 'c/old.html'), 'old');
    const claimed = new Set<string>();
    const folderA = statSync(join(shardDir(dir, 1, 1), 'a')).ino;
    const merged = takeShardFiles(dir, checkShards(dir, 1, 'plan-1', expected('a', 'b', 'c')), out, Date.now() + 60_000, claimed, { move: true });
    expect(merged).toMatchObject({ taken: 5, unchanged: 0 });
    // The same folder, renamed: one rename for the page and its compressed copy.
    expect(statSync(join(out, 'a')).ino).toBe(folderA);
    expect(['a/index.html', 'a/index.html.gz', 'b/index.html', 'c/index.html', 'c/d/index.html', 'c/old.html'].map((path) => readFileSync(join(out, path), 'utf8'))).toEqual([
      'A',
      'A gz',
      'B',
      'C',
      'D',
      'old',
    ]);
    expect(existsSync(join(out, 'b/stray.html'))).toBe(false);
    expect([...claimed].sort()).toEqual(['a/index.html', 'a/index.html.gz', 'b/index.html', 'c/d/index.html', 'c/index.html']);
  });

  it('with move, takes the highest folder it can whole: a route folder the output lacks, else each page folder in it', () => {
    const dir = shardsWith([
      { pages: ['a', 'b'], files: { 'articles/a/index.html': 'A', 'articles/a/index.html.br': 'A br', 'articles/b/index.html': 'B' } },
      { pages: ['c', 'd'], files: { 'articles/c/index.html': 'C', 'articles/d/index.html': 'D' } },
    ]);
    // Left inside the second shard's route folder by something other than its build: never published.
    writeFileSync(join(shardDir(dir, 2, 2), 'articles/d/stray.html'), 'not listed');
    const out = mkdtempSync(join(tmpdir(), 'dispatch-merged-'));
    const claimed = new Set<string>();
    const firstRoute = statSync(join(shardDir(dir, 1, 2), 'articles')).ino;
    const secondPage = statSync(join(shardDir(dir, 2, 2), 'articles/c')).ino;
    const merged = takeShardFiles(dir, checkShards(dir, 2, 'plan-1', expected('a', 'b', 'c', 'd')), out, Date.now() + 60_000, claimed, { move: true });
    expect(merged).toMatchObject({ taken: 5, unchanged: 0 });
    // The first shard's whole route folder, in one rename; the second's page folders into it.
    expect(statSync(join(out, 'articles')).ino).toBe(firstRoute);
    expect(statSync(join(out, 'articles/c')).ino).toBe(secondPage);
    expect(['a/index.html', 'a/index.html.br', 'b/index.html', 'c/index.html', 'd/index.html'].map((path) => readFileSync(join(out, 'articles', path), 'utf8'))).toEqual(['A', 'A br', 'B', 'C', 'D']);
    expect(existsSync(join(out, 'articles/d/stray.html'))).toBe(false);
    expect([...claimed].sort()).toEqual(['articles/a/index.html', 'articles/a/index.html.br', 'articles/b/index.html', 'articles/c/index.html', 'articles/d/index.html']);
    // Every file it took is named, for the output's listing, whether it came in a folder or alone.
    expect([...merged.takenPaths].sort()).toEqual([...claimed].sort());
  });

  it('counts as taken, and does not name again, the folders moved ahead, taking the rest itself', () => {
    const dir = shardsWith([
      { pages: ['a'], files: { 'articles/a/index.html': 'A', 'favicon.svg': 'svg' } },
      { pages: ['b'], files: { 'articles/b/index.html': 'B', 'favicon.svg': 'svg' } },
    ]);
    const out = mkdtempSync(join(tmpdir(), 'dispatch-merged-'));
    // What a thread moved before (src/build/shards/move-shards-ahead.ts): the first shard's route folder.
    const manifests = checkShards(dir, 2, 'plan-1', expected('a', 'b'));
    renameSync(join(shardDir(dir, 1, 2), 'articles'), join(out, 'articles'));
    const claimed = new Set<string>();
    const merged = takeShardFiles(dir, manifests, out, Date.now() + 60_000, claimed, { move: true, movedAhead: new Map([[1, new Set(['articles'])]]) });
    expect(merged).toMatchObject({ taken: 3, unchanged: 0 });
    expect([...merged.takenPaths].sort()).toEqual(['articles/b/index.html', 'favicon.svg']);
    expect([...claimed].sort()).toEqual(['articles/a/index.html', 'articles/b/index.html', 'favicon.svg']);
    expect(readFileSync(join(out, 'articles/b/index.html'), 'utf8')).toBe('B');
  });

  it('names a file a manifest lists that its shard’s folder lacks', () => {
    const dir = shardsWith([{ pages: ['a'], files: { 'a/index.html': 'A' } }]);
    rmSync(join(shardDir(dir, 1, 1), 'a/index.html'));
    const out = mkdtempSync(join(tmpdir(), 'dispatch-merged-'));
    expect(() => takeShardFiles(dir, checkShards(dir, 1, 'plan-1', expected('a')), out, 0, new Set())).toThrow(
      /1-of-1\/a\/index\.html: listed by shard 1 of 1 but not in its folder; build the shard again/,
    );
  });

  it('refuses a file two shards wrote differently, or one that differs from the merge’s own', () => {
    const dir = shardsWith([
      { pages: ['a'], files: { '_astro/site.css': 'one', 'robots.txt': 'mine' } },
      { pages: ['b'], files: { '_astro/site.css': 'two' } },
    ]);
    const out = mkdtempSync(join(tmpdir(), 'dispatch-merged-'));
    writeFileSync(join(out, 'robots.txt'), 'the merge wrote this');
    let message = '';
    try {
      takeShardFiles(dir, checkShards(dir, 2, 'plan-1', expected('a', 'b')), out, 0, new Set());
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('_astro/site.css (shards 1 and 2)');
    expect(message).toContain("robots.txt (shard 1 and the merge's own)");
    expect(existsSync(join(out, '_astro/site.css'))).toBe(true);
  });
});

describe('checkSearchParts: the merge refuses a site whose search would miss articles', () => {
  const parts = [
    { path: '/pagefind/a/', year: 2024, slugs: ['one', 'two'] },
    { path: '/pagefind/b/', year: 2023, slugs: ['three'] },
  ];

  it('accepts an output holding every part the plan lists', () => {
    expect(() => checkSearchParts(parts, () => true)).not.toThrow();
  });

  it('names each part no shard wrote, with its year and articles', () => {
    expect(() => checkSearchParts(parts, (p) => p.path === '/pagefind/a/')).toThrow(
      'the shards cannot be merged:\nparts of the search index no shard wrote; build the shards again (1):\n  /pagefind/b/ (2023, 1 article)',
    );
  });
});
