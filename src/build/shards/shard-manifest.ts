import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shardFolderName } from '../../lib/shards/build-part.ts';
import { writeFileAtomically } from '../output/write-file-atomically.ts';

const MANIFEST_VERSION = 1;

/** What one shard of a sharded build rendered: written beside its folder, for the merge to check and copy. */
export interface ShardManifest {
  readonly version: number;
  readonly shard: number;
  readonly count: number;
  /** The digest of the site plan the shard rendered from: every shard and the merge must share one. */
  readonly planDigest: string;
  /** The split routes' pages it rendered (src/build/shards/split-routes.ts). */
  readonly pages: readonly string[];
  /** Their paths in the site, as Astro lists them, for the sitemap. */
  readonly pathnames: readonly string[];
  /** Every file of its folder, as paths inside the folder. */
  readonly files: readonly string[];
}

/** The folder of shard `shard` of `count` in the shards folder. */
export function shardDir(shardsDir: string, shard: number, count: number): string {
  return join(shardsDir, shardFolderName(shard, count));
}

/** The manifest file of a shard: beside its folder, so that writing it never changes what the folder holds. */
export function shardManifestFile(shardsDir: string, shard: number, count: number): string {
  return `${shardDir(shardsDir, shard, count)}.json`;
}

/** Writes a shard's manifest (whole or not at all). */
export function writeShardManifest(shardsDir: string, manifest: Omit<ShardManifest, 'version'>): void {
  writeFileAtomically(shardManifestFile(shardsDir, manifest.shard, manifest.count), JSON.stringify({ version: MANIFEST_VERSION, ...manifest }));
}

/** Reads the manifest of shard `shard` of `count`; throws naming the file when it is missing, damaged or of another version. */
export function readShardManifest(shardsDir: string, shard: number, count: number): ShardManifest {
  const file = shardManifestFile(shardsDir, shard, count);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${file}: missing; shard ${shard} of ${count} was not built, its build did not finish, or a merge with --move took its files`, { cause: error });
    throw error;
  }
  let manifest: ShardManifest;
  try {
    manifest = JSON.parse(text) as ShardManifest;
  } catch (error) {
    throw new Error(`${file}: not JSON; build shard ${shard} of ${count} again`, { cause: error });
  }
  if (manifest.version !== MANIFEST_VERSION) throw new Error(`${file}: version ${String(manifest.version)}, this code reads ${MANIFEST_VERSION}; build shard ${shard} of ${count} again`);
  return manifest;
}
