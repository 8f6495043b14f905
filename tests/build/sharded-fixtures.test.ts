import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShardedBuild } from '../../scripts/support/sharded-build.ts';
import { buildSite, expectSameFiles, fingerprint, openSite, PROJECT_ROOT } from '../support/build-site.ts';

// A shard holds only what its pages print (src/lib/shards/shard-plan.ts): these sites have the
// pages whose articles it must find beside its own, which the project's sample articles lack:
// old slugs' redirect pages and pictures published beside articles (sharing-site), stories
// told by several reports and in several languages (story-site). A small share-image budget
// leaves some articles with their section's card and draws others ahead: each build from an
// empty cache of its own, so that both choose the same cards. The second is built as the CI
// workflow builds: its merge moves the shards' folders, and its shards keep no copy of their
// pages for a next build (`--no-incremental`).
describe.each([
  ['tests/fixtures/sharing-site/articles', 'redirects from old slugs and pictures beside articles', false],
  ['tests/fixtures/story-site/articles', 'stories and their versions in other languages, merged by moving', true],
])('a sharded build of %s (%s)', (fixture, _what, move) => {
  it('publishes every file of the single build, byte for byte, and no other', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dispatch-sharded-fixture-'));
    const env = {
      DISPATCH_CONTENT_DIR: join(PROJECT_ROOT, fixture),
      DISPATCH_NOW: '2026-11-20T09:30:00Z',
      DISPATCH_SEARCH_SHARD_SIZE: '2',
      DISPATCH_SHARE_IMAGE_BUDGET: '2',
    };
    const single = buildSite(fixture, { env: { ...env, DISPATCH_SHARE_IMAGE_CACHE: join(work, 'share-images-single') }, outDir: join(work, 'single'), cacheDir: join(work, 'cache-single') });
    expect(single.status, single.output).toBe(0);
    await runShardedBuild({
      projectRoot: PROJECT_ROOT,
      shards: 3,
      parallel: 1,
      env: {
        ...env,
        DISPATCH_SHARE_IMAGE_CACHE: join(work, 'share-images-sharded'),
        DISPATCH_OUT_DIR: join(work, 'merged'),
        DISPATCH_CACHE_DIR: join(work, 'cache-sharded'),
        DISPATCH_SHARDS_DIR: join(work, 'shards'),
      },
      logDir: work,
      move,
    });
    // Each shard read the cut the plan's build wrote for it, not the whole plan.
    for (const shard of [1, 2, 3]) expect(readFileSync(join(work, `shard-${shard}-of-3.log`), 'utf8')).toMatch(/this shard's own cut \(\d+ articles whole, \d+ more as their cards\)/);
    // Astro's copy of each page a shard rendered, in the shard's cache folder, kept only for a next build on the same machine.
    const copies = [1, 2, 3].map(
      (shard) =>
        openSite(join(work, 'cache-sharded', 'shards', `${shard}-of-3`, 'dist'))
          .files()
          .filter((file) => file.endsWith('.html')).length,
    );
    if (move) expect(copies).toEqual([0, 0, 0]);
    else for (const count of copies) expect(count).toBeGreaterThan(0);
    const a = fingerprint(single);
    const b = fingerprint(openSite(join(work, 'merged')));
    expectSameFiles(a, b);
  });
});
