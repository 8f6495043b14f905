import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runShardedBuild } from '../../scripts/support/sharded-build.ts';
import { sharedSitePlanFile } from '../../src/build/site-plan/site-plan-file.ts';
import { articlePageShard } from '../../src/lib/shards/search-part-owners.ts';
import { decodeSitePlan } from '../../src/lib/site-plan/site-plan.ts';
import { siteConfig } from '../../src/site.config.ts';
import { buildSite, expectSameFiles, fingerprint, openSite, PROJECT_ROOT, type BuiltSite } from '../support/build-site.ts';

// One clock, small search parts (so the index has parts for several shards) and one share-image cache for both builds.
const work = mkdtempSync(join(tmpdir(), 'dispatch-sharded-'));
const env = {
  DISPATCH_CONTENT_DIR: join(PROJECT_ROOT, siteConfig.contentDir),
  DISPATCH_NOW: '2026-11-20T09:30:00Z',
  DISPATCH_SEARCH_SHARD_SIZE: '3',
  DISPATCH_SHARE_IMAGE_CACHE: join(work, 'share-images'),
};
const SHARDS = 3;
const shardsDir = join(work, 'shards');
const shardedEnv = { ...env, DISPATCH_OUT_DIR: join(work, 'merged'), DISPATCH_CACHE_DIR: join(work, 'cache-sharded'), DISPATCH_SHARDS_DIR: shardsDir };

interface Manifest {
  pages: string[];
  files: string[];
}
const manifestFile = (shard: number) => join(shardsDir, `${shard}-of-${SHARDS}.json`);
const readManifest = (shard: number) => JSON.parse(readFileSync(manifestFile(shard), 'utf8')) as Manifest;
// The plan `--plan` wrote for the shards and the merge, after its first line (the code's digest and the entries it checked).
const sharedPlan = (dir: string = shardsDir) => {
  const text = readFileSync(sharedSitePlanFile(dir), 'utf8');
  return decodeSitePlan(text.slice(text.indexOf('\n') + 1), siteConfig);
};

describe('a sharded build (plan, shards, merge) publishes the same site as one build', () => {
  let single: BuiltSite;
  let merged: BuiltSite;
  beforeAll(async () => {
    single = buildSite(siteConfig.contentDir, { env, outDir: join(work, 'single'), cacheDir: join(work, 'cache-single') });
    expect(single.status, single.output).toBe(0);
    await runShardedBuild({ projectRoot: PROJECT_ROOT, shards: SHARDS, parallel: 1, env: shardedEnv, logDir: work });
    merged = openSite(join(work, 'merged'));
  });

  it('writes every file of the single build, byte for byte, and no other', () => {
    const a = fingerprint(single);
    const b = fingerprint(merged);
    expectSameFiles(a, b);
    expect(Object.keys(a).length).toBeGreaterThan(50);
  });

  it('gives every shard a share of the article pages, and each page to one shard only', () => {
    const pages = [1, 2, 3].map((shard) => readManifest(shard).pages);
    for (const own of pages) expect(own.filter((page) => page.startsWith('articles/[slug] ')).length).toBeGreaterThan(0);
    const all = pages.flat();
    expect(new Set(all).size).toBe(all.length);
    // The site-wide files come from the merge alone.
    for (const shard of [1, 2, 3]) expect(readManifest(shard).files.filter((file) => /^(index\.html|sitemap-index\.xml|_headers|_redirects|feeds\/)/.test(file))).toEqual([]);
  });

  it('shares a plan that lists the articles the single build published, each with its related links', () => {
    const plan = sharedPlan();
    const pages = single.files().filter((file) => /^articles\/[^/]+\/index\.html$/.test(file) && !single.read(file).includes('http-equiv="refresh"'));
    expect(plan.articles.map((article) => `articles/${article.slug}/index.html`).sort()).toEqual(pages.sort());
    expect(plan.related.size).toBe(plan.articles.length);
  });

  it('renders an article’s page in the shard that indexes its search part, but for the pages a shard would hold over an even share', () => {
    const plan = sharedPlan();
    expect(plan.searchShards.length).toBeGreaterThan(SHARDS);
    const slugs = plan.searchShards.flatMap((part) => part.slugs);
    const pageShard = articlePageShard(plan.searchShards, SHARDS);
    let atTheirPart = 0;
    for (const shard of [1, 2, 3]) {
      const { pages, files } = readManifest(shard);
      const indexed = plan.searchShards.filter((part) => files.some((file) => file.startsWith(`${part.path.slice(1)}pagefind-entry.json`)));
      expect(indexed.length, `shard ${shard}`).toBeGreaterThan(0);
      const articlePages = pages.filter((page) => page.startsWith('articles/[slug] ')).map((page) => page.slice('articles/[slug] slug='.length));
      expect(articlePages.sort(), `shard ${shard}`).toEqual(slugs.filter((slug) => pageShard(slug) === shard).sort());
      expect(articlePages.length, `shard ${shard}`).toBeLessThanOrEqual(Math.ceil(slugs.length / SHARDS));
      const indexedSlugs = new Set(indexed.flatMap((part) => part.slugs));
      atTheirPart += articlePages.filter((slug) => indexedSlugs.has(slug)).length;
      // It counts the articles it indexes, not the bodies it renders.
      expect(readFileSync(join(work, `shard-${shard}-of-${SHARDS}.log`), 'utf8')).toContain(`search index of ${indexedSlugs.size} articles in ${indexed.length} part(s)`);
    }
    // Only the few pages over a shard's even share are rendered away from their part, their
    // bodies on two machines; this site's parts are uneven, so some are, and the sites compare equal.
    expect(atTheirPart).toBeGreaterThan(slugs.length / 2);
    expect(atTheirPart).toBeLessThan(slugs.length);
  });

  it('merges the same site when it moves the shards’ files (--move, a CI job’s downloaded folders), and will not merge those folders again', () => {
    const downloaded = join(work, 'downloaded-shards');
    cpSync(shardsDir, downloaded, { recursive: true });
    const movedEnv = { ...shardedEnv, DISPATCH_SHARDS_DIR: downloaded, DISPATCH_OUT_DIR: join(work, 'merged-by-moving') };
    const merge = buildSite(siteConfig.contentDir, { env: movedEnv, args: ['--merge', '--shards', String(SHARDS), '--move'] });
    expect(merge.status, merge.output).toBe(0);
    // The shards' own folders were moved while the merge rendered its own pages.
    expect(Number(/\((\d+) folders of them moved while the merge's own pages rendered\)/.exec(merge.output)?.[1] ?? 0)).toBeGreaterThan(0);
    const a = fingerprint(single);
    const b = fingerprint(openSite(join(work, 'merged-by-moving')));
    expectSameFiles(a, b);
    const page = readManifest(1).files.find((file) => file.startsWith('articles/'))!;
    expect(existsSync(join(downloaded, `1-of-${SHARDS}`, page))).toBe(false);
    const again = buildSite(siteConfig.contentDir, { env: { ...movedEnv, DISPATCH_OUT_DIR: join(work, 'merged-twice') }, args: ['--merge', '--shards', String(SHARDS)] });
    expect(again.status).not.toBe(0);
    expect(again.output).toContain(`1-of-${SHARDS}.json: missing`);
  });

  it('stores in the shards and the merge the articles the plan’s build checked; a shard reads its own articles’ files again, and a change after the plan stops the part that sees it', () => {
    for (const step of ['shard-1-of-3', 'shard-2-of-3', 'shard-3-of-3', 'merge']) {
      expect(readFileSync(join(work, `${step}.log`), 'utf8')).toMatch(/\d+ articles as the shared site plan's build checked them/);
    }
    // The merge reads no article's file: it publishes the plan and the shards' files.
    expect(readFileSync(join(work, 'merge.log'), 'utf8')).toContain('the 0 this part of the build checks read again, unchanged');
    // An editor's change between the plan and the shards: the shard that renders the article checks every article and names the field.
    const content = join(work, 'content-changed');
    cpSync(env.DISPATCH_CONTENT_DIR, content, { recursive: true });
    const changedShards = join(work, 'shards-changed');
    const changedEnv = { ...env, DISPATCH_CONTENT_DIR: content, DISPATCH_SHARDS_DIR: changedShards, DISPATCH_CACHE_DIR: join(work, 'cache-changed') };
    const plan = buildSite(content, { env: changedEnv, args: ['--plan'] });
    expect(plan.status, plan.output).toBe(0);
    const owner = articlePageShard(sharedPlan(changedShards).searchShards, SHARDS)('kim-jong-un-in-russia');
    const article = join(content, 'kim-jong-un-in-russia.md');
    const original = readFileSync(article, 'utf8');
    writeFileSync(article, original.replace(/^date: .*$/m, 'date: 2023-09-31T21:00:00+01:00'));
    const shard = buildSite(content, { env: changedEnv, args: ['--shard', `${owner}/${SHARDS}`] });
    expect(shard.status).not.toBe(0);
    expect(shard.output).not.toContain("as the shared site plan's build checked them");
    expect(shard.output).toMatch(/kim-jong-un-in-russia\.md.*date/);
    // Another shard renders nothing from that file: it renders its pages from the plan, reading its own files only.
    const other = buildSite(content, { env: changedEnv, args: ['--shard', `${(owner % SHARDS) + 1}/${SHARDS}`] });
    expect(other.status, other.output).toBe(0);
    expect(other.output).toMatch(/\d+ articles as the shared site plan's build checked them \(the same files; the [1-9]\d* this part of the build checks read again, unchanged\)/);
    // A file added after the plan: the merge, which reads no article, sees the folder differ from the plan's and refuses.
    writeFileSync(article, original);
    writeFileSync(join(content, 'added-after-the-plan.md'), original.replace(/^title: .*$/m, 'title: Added after the plan'));
    const merge = buildSite(content, { env: { ...changedEnv, DISPATCH_OUT_DIR: join(work, 'merged-changed') }, args: ['--merge', '--shards', String(SHARDS)] });
    expect(merge.status).not.toBe(0);
    expect(merge.output).toContain('planned from other articles than content/ now holds');
  });

  it('renders a shard handed only the plan’s head and its cut (as the CI workflow hands them) the same, and refuses it without the cut', () => {
    const handed = join(work, 'handed-shards');
    mkdirSync(handed);
    for (const file of ['site-plan-head.json', `site-plan-1-of-${SHARDS}.json`]) copyFileSync(join(shardsDir, file), join(handed, file));
    const handedEnv = { ...shardedEnv, DISPATCH_SHARDS_DIR: handed, DISPATCH_CACHE_DIR: join(work, 'cache-handed') };
    const shard = buildSite(siteConfig.contentDir, { env: handedEnv, args: ['--shard', `1/${SHARDS}`, '--no-incremental'] });
    expect(shard.status, shard.output).toBe(0);
    expect(shard.output).toContain("articles as the shared site plan's build checked them");
    expect(shard.output).toMatch(/this shard's own cut \(\d+ articles whole/);
    const a = fingerprint(openSite(join(shardsDir, `1-of-${SHARDS}`)));
    const b = fingerprint(openSite(join(handed, `1-of-${SHARDS}`)));
    expectSameFiles(a, b);
    // Without its cut it cannot render from the plan the others share: it says so, naming the file, rather than plan the site itself.
    rmSync(join(handed, `site-plan-1-of-${SHARDS}.json`));
    const again = buildSite(siteConfig.contentDir, { env: handedEnv, args: ['--shard', `1/${SHARDS}`] });
    expect(again.status).not.toBe(0);
    expect(again.output).toContain(`site-plan-1-of-${SHARDS}.json: missing, or cut from another plan`);
  });

  it('refuses to merge, naming them, a page no shard wrote and a page two shards wrote', () => {
    const second = readManifest(2);
    const third = readManifest(3);
    const dropped = second.pages.find((page) => page.startsWith('articles/[slug] '))!;
    const doubled = readManifest(1).pages[0]!;
    writeFileSync(manifestFile(2), JSON.stringify({ ...second, pages: second.pages.filter((page) => page !== dropped) }));
    writeFileSync(manifestFile(3), JSON.stringify({ ...third, pages: [...third.pages, doubled] }));
    const merge = buildSite(siteConfig.contentDir, { env: { ...shardedEnv, DISPATCH_OUT_DIR: join(work, 'merged-again') }, args: ['--merge', '--shards', String(SHARDS)] });
    expect(merge.status).not.toBe(0);
    expect(merge.output).toContain('pages no shard wrote (1):');
    expect(merge.output).toContain(dropped);
    expect(merge.output).toContain('pages written by two shards (1):');
    expect(merge.output).toContain(`${doubled} (shards 1 and 3)`);
  });
});
