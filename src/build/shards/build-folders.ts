import { join, resolve } from 'node:path';
import { shardFolderName, type BuildPart } from '../../lib/shards/build-part.ts';

/** Where one build writes: Astro's output and cache folders, and the folder the shards of a sharded build share. */
export interface BuildFolders {
  readonly outDir: string;
  readonly cacheDir: string;
  /** The shards' folders and the plan they share (`dist-shards/` unless configured). */
  readonly shardsDir: string;
  /** The configured cache folder, which shards share for what is cached per article (rendered bodies). */
  readonly sharedCacheDir: string;
}

/**
 * The folders of a build making `part` of the site, from the configured ones (relative to
 * `root`): a shard writes into its own folder in the shards folder, with a cache folder of its
 * own so that shards built side by side on one machine never share Astro's records; `--plan`
 * renders nothing worth keeping, so its pages go into the cache folder.
 */
export function buildFolders(part: BuildPart, root: string, configured: Omit<BuildFolders, 'sharedCacheDir'>): BuildFolders {
  const outDir = resolve(root, configured.outDir);
  const cacheDir = resolve(root, configured.cacheDir);
  const shardsDir = resolve(root, configured.shardsDir);
  switch (part.kind) {
    case 'whole':
    case 'merge':
      return { outDir, cacheDir, shardsDir, sharedCacheDir: cacheDir };
    case 'plan':
      return { outDir: join(cacheDir, 'plan-only-pages'), cacheDir, shardsDir, sharedCacheDir: cacheDir };
    case 'shard': {
      const name = shardFolderName(part.index, part.count);
      return { outDir: join(shardsDir, name), cacheDir: join(cacheDir, 'shards', name), shardsDir, sharedCacheDir: cacheDir };
    }
  }
}
