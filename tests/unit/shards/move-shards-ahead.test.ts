import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOutput } from '../../../src/build/output/kept-output.ts';
import { listMergedOutput } from '../../../src/build/shards/merged-listing.ts';
import { startMovingShardsAhead, type MoveAheadJob } from '../../../src/build/shards/move-shards-ahead.ts';
import { shardDir, shardManifestFile, writeShardManifest } from '../../../src/build/shards/shard-manifest.ts';
import { writeSharedSitePlan } from '../../../src/build/site-plan/site-plan-file.ts';
import { SITE_PLAN_VERSION } from '../../../src/lib/site-plan/site-plan.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';

const CODE = 'code-1';
const PLAN = 'plan-digest_1';

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A merge's folders: the shared plan (made by `CODE`, digest `PLAN`), shards with their files and manifests, a public folder, an output folder. */
function mergeWith(
  shards: readonly { files: Record<string, string>; planDigest?: string; unlisted?: Record<string, string>; pathnames?: string[] }[],
  options: { publicFiles?: Record<string, string>; planCode?: string } = {},
): MoveAheadJob {
  const work = mkdtempSync(join(tmpdir(), 'dispatch-move-ahead-'));
  const shardsDir = join(work, 'shards');
  mkdirSync(shardsDir);
  writeSharedSitePlan(shardsDir, [`{"version":${SITE_PLAN_VERSION},"digest":"${PLAN}","articles":[]}`], options.planCode ?? CODE, [], []);
  shards.forEach((shard, i) => {
    const index = i + 1;
    writeFiles(shardDir(shardsDir, index, shards.length), { ...shard.files, ...shard.unlisted });
    const files = Object.keys(shard.files).sort();
    writeShardManifest(shardsDir, { shard: index, count: shards.length, planDigest: shard.planDigest ?? PLAN, pages: [], pathnames: shard.pathnames ?? [], files });
  });
  const publicDir = join(work, 'public');
  writeFiles(publicDir, options.publicFiles ?? {});
  const outDir = join(work, 'dist');
  mkdirSync(outDir);
  return { shardsDir, count: shards.length, outDir, publicDir, assetsFolder: '_astro', sourcesDigest: CODE };
}

const page = (text: string) => ({ 'index.html': text, 'index.html.br': `${text}.br`, 'index.html.gz': `${text}.gz` });
const under = (folder: string, files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([path, text]) => [join(folder, path), text]));

describe('startMovingShardsAhead: a merge with --move takes each shard’s own folders while its own pages render', () => {
  it('moves the highest folders a shard alone wrote, one rename each, lists what it moved, and leaves what the merge writes too', () => {
    const job = mergeWith(
      [
        {
          files: { ...under('articles/a', page('A')), ...under('articles/b', page('B')), '_astro/site.js': 'js', 'favicon.svg': 'svg', 'images/shared.png': 'png', 'icons/app.png': 'icon' },
          pathnames: ['articles/a', 'articles/b'],
        },
        {
          files: { ...under('articles/c', page('C')), ...under('topics/x/2', page('X2')), '_astro/site.js': 'js', 'favicon.svg': 'svg', 'images/shared.png': 'png' },
          pathnames: ['articles/c', 'topics/x/2'],
        },
      ],
      { publicFiles: { 'favicon.svg': 'svg', 'icons/app.png': 'icon' } },
    );
    const moving = startMovingShardsAhead(PROJECT_ROOT, job);
    return Promise.all([moving.pathnames, moving.moved]).then(([told, ahead]) => {
      expect(ahead.moved).toBe(true);
      // The sitemaps' paths, shard by shard as the manifests list them, told once.
      expect(told).toEqual(['articles/a', 'articles/b', 'articles/c', 'topics/x/2']);
      if (!ahead.moved) return;
      expect([...ahead.folders.get(1)!]).toEqual(['articles']);
      expect([...ahead.folders.get(2)!].sort()).toEqual(['articles/c', 'topics']);
      // Astro's bundles, public files and a file both shards wrote stay for the merge to check.
      expect(existsSync(join(job.outDir, '_astro'))).toBe(false);
      expect(existsSync(join(job.outDir, 'images'))).toBe(false);
      expect(existsSync(join(job.outDir, 'icons'))).toBe(false);
      expect(existsSync(join(shardDir(job.shardsDir, 1, 2), 'images/shared.png'))).toBe(true);
      expect(readFileSync(join(job.outDir, 'articles/c/index.html'), 'utf8')).toBe('C');
      expect(ahead.listing).toEqual(listOutput(job.outDir));
      // The manifests are gone, so the half-emptied folders are never taken whole again; the merge has them.
      expect(existsSync(shardManifestFile(job.shardsDir, 1, 2))).toBe(false);
      expect(ahead.manifests.map((manifest) => manifest.shard)).toEqual([1, 2]);
    });
  });

  it('leaves a folder the output already has, and one holding a file its shard does not list, taking the folders in it it can', async () => {
    const job = mergeWith([{ files: { ...under('articles/a', page('A')), ...under('archive/2020', page('Y')) }, unlisted: { 'archive/stray.txt': 'stray' } }]);
    writeFiles(job.outDir, { 'articles/index.html': 'the merge’s own' });
    const ahead = await startMovingShardsAhead(PROJECT_ROOT, job).moved;
    expect(ahead.moved && [...ahead.folders.get(1)!].sort()).toEqual(['archive/2020', 'articles/a']);
    expect(existsSync(join(job.outDir, 'archive/stray.txt'))).toBe(false);
    expect(readFileSync(join(job.outDir, 'articles/index.html'), 'utf8')).toBe('the merge’s own');
  });

  it.each<[string, () => MoveAheadJob, RegExp]>([
    ['a shard rendered from another plan', () => mergeWith([{ files: page('A') }, { files: under('b', page('B')), planDigest: 'other' }]), /2-of-2: rendered from another site plan/],
    ['a plan made by other code', () => mergeWith([{ files: under('a', page('A')) }], { planCode: 'code-0' }), /made by other code/],
    [
      'a shard that was never built',
      () => {
        const job = mergeWith([{ files: under('a', page('A')) }]);
        return { ...job, count: 2 };
      },
      /1-of-2\.json: missing/,
    ],
  ])('moves nothing, tells no paths, and keeps every manifest, for %s', async (_, make, why) => {
    const job = make();
    const moving = startMovingShardsAhead(PROJECT_ROOT, job);
    const ahead = await moving.moved;
    expect(ahead.moved).toBe(false);
    // No paths either: the merge reads the manifests itself, and says what is wrong.
    expect(await moving.pathnames).toBeUndefined();
    expect(!ahead.moved && ahead.why).toMatch(why);
    expect(listOutput(job.outDir)).toEqual([]);
  });

  // Thousands of files are written first: a slow disk must not fail it.
  it('lists every file it moved on its second thread, across many batches of paths', async () => {
    // More files than one batch between the threads holds.
    const pages = (from: number, to: number) => Object.assign({}, ...Array.from({ length: to - from }, (_, i) => under(`articles/a${from + i}`, page(`A${from + i}`)))) as Record<string, string>;
    const job = mergeWith([{ files: pages(0, 700) }, { files: { ...pages(700, 1400), ...under('topics/x', page('X')), 'favicon.svg': 'svg' } }], { publicFiles: { 'favicon.svg': 'svg' } });
    const ahead = await startMovingShardsAhead(PROJECT_ROOT, job).moved;
    if (!ahead.moved) throw new Error(ahead.why);
    expect([...ahead.folders.get(1)!]).toEqual(['articles']);
    expect(ahead.folders.get(2)!.size).toBe(701);
    expect(ahead.listing).toHaveLength(3 * 1401);
    expect(ahead.listing).toEqual(listOutput(job.outDir));
    expect(existsSync(join(job.outDir, 'favicon.svg'))).toBe(false);
  }, 30_000);
});

describe('listMergedOutput: the merged output listed without reading the moved folders again', () => {
  it('is what listing the folder gives, with the files written into a moved folder since read again', async () => {
    const job = mergeWith([{ files: { ...under('articles/a', page('A')), ...under('sections/news', page('N')), 'favicon.svg': 'svg' } }]);
    const ahead = await startMovingShardsAhead(PROJECT_ROOT, job).moved;
    if (!ahead.moved) throw new Error(ahead.why);
    // The merge's own pages: one beside the moved folders, one inside one of them (a site-wide route's file).
    writeFiles(job.outDir, { 'index.html': 'front page', 'sections/news/feed.xml': 'feed', 'favicon.svg': 'svg' });
    const moved = new Set(ahead.folders.get(1));
    const listing = listMergedOutput(job.outDir, moved, ahead.listing, ['sections/news/feed.xml']);
    expect(listing).toEqual(listOutput(job.outDir));
    expect(listing.find((file) => file.path === join('articles/a/index.html'))?.size).toBe(statSync(join(job.outDir, 'articles/a/index.html')).size);
  });
});
