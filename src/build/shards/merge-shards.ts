import { copyFileSync, mkdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readShardManifest, shardDir, type ShardManifest } from './shard-manifest.ts';

/** What the merge took from the shards. */
export interface MergedShards {
  /** The pages the shards rendered, as Astro listed them, for the sitemap. */
  readonly pathnames: readonly string[];
  readonly copied: number;
  readonly unchanged: number;
}

// An error lists this many of each kind of problem, then how many more.
const LISTED = 10;

function listed(title: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  const more = items.length > LISTED ? [`  … and ${items.length - LISTED} more`] : [];
  return [`${title} (${items.length}):`, ...items.slice(0, LISTED).map((item) => `  ${item}`), ...more];
}

function sameBytes(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}

/**
 * Reads the manifests of shards 1…count from `shardsDir` and checks them against the site
 * plan (`planDigest`) and every page the site has (`expected`, key → route): throws, naming
 * them, when a shard is missing or rendered from another plan, or a page is missing, written
 * by two shards, or not a page of this site.
 */
export function checkShards(shardsDir: string, count: number, planDigest: string, expected: ReadonlyMap<string, string>): ShardManifest[] {
  const manifests: ShardManifest[] = [];
  const problems: string[] = [];
  for (let shard = 1; shard <= count; shard++) {
    const dir = shardDir(shardsDir, shard, count);
    try {
      const manifest = readShardManifest(shardsDir, shard, count);
      if (manifest.shard !== shard || manifest.count !== count) problems.push(`${dir}: holds shard ${manifest.shard} of ${manifest.count}, not ${shard} of ${count}`);
      else if (manifest.planDigest !== planDigest) problems.push(`${dir}: rendered from another site plan (content or code changed since); build shard ${shard} of ${count} again`);
      else manifests.push(manifest);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length > 0) throw new Error(['the shards cannot be merged:', ...problems].join('\n'));

  const owner = new Map<string, number>();
  const twice: string[] = [];
  for (const manifest of manifests) {
    for (const page of manifest.pages) {
      const first = owner.get(page);
      if (first === undefined) owner.set(page, manifest.shard);
      else twice.push(`${page} (shards ${first} and ${manifest.shard})`);
    }
  }
  const missing = [...expected.keys()].filter((page) => !owner.has(page));
  const unknown = [...owner].filter(([page]) => !expected.has(page)).map(([page, shard]) => `${page} (shard ${shard})`);
  const errors = [...listed('pages no shard wrote', missing), ...listed('pages written by two shards', twice), ...listed('pages the site does not have', unknown)];
  if (errors.length > 0) throw new Error(['the shards cannot be merged:', ...errors].join('\n'));
  return manifests;
}

/**
 * Copies every shard's files into the output folder. A file several shards wrote (Astro's
 * bundles, the public folder) must be the same bytes in each, and the same as the merge's own
 * when it wrote one this build (written since `buildStarted`): else it throws naming it. A file
 * already there with the source's size and time is left as it is. Every file taken is added
 * to `claimed`, so pruning keeps it.
 */
export function copyShards(shardsDir: string, manifests: readonly ShardManifest[], outDir: string, buildStarted: number, claimed: Set<string>): MergedShards {
  const source = new Map<string, number>();
  let copied = 0;
  let unchanged = 0;
  const differs: string[] = [];
  for (const manifest of manifests) {
    const dir = shardDir(shardsDir, manifest.shard, manifest.count);
    for (const path of manifest.files) {
      const from = join(dir, path);
      const to = join(outDir, path);
      const earlier = source.get(path);
      if (earlier !== undefined) {
        if (!sameBytes(from, join(shardDir(shardsDir, earlier, manifest.count), path))) differs.push(`${path} (shards ${earlier} and ${manifest.shard})`);
        continue;
      }
      source.set(path, manifest.shard);
      claimed.add(path);
      const fromStat = statSync(from);
      const toStat = statSync(to, { throwIfNoEntry: false });
      if (toStat !== undefined && toStat.mtimeMs >= buildStarted) {
        // The merge wrote this file itself (a bundle, a public file): the shard's must agree.
        if (!sameBytes(from, to)) differs.push(`${path} (shard ${manifest.shard} and the merge's own)`);
        unchanged++;
        continue;
      }
      if (toStat !== undefined && toStat.size === fromStat.size && Math.abs(toStat.mtimeMs - fromStat.mtimeMs) < 1) {
        unchanged++;
        continue;
      }
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
      // The shard's time, so the next merge knows the copy is current without reading it.
      utimesSync(to, fromStat.atimeMs / 1000, fromStat.mtimeMs / 1000);
      copied++;
    }
  }
  if (differs.length > 0) throw new Error(['the shards cannot be merged:', ...listed('files that differ between the builds that wrote them', differs)].join('\n'));
  return { pathnames: manifests.flatMap((manifest) => manifest.pathnames), copied, unchanged };
}
