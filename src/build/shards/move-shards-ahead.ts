import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { byPath, listedFile, listOutput, type OutputFile } from '../output/kept-output.ts';
import { readSharedPlanDigest } from '../site-plan/site-plan-file.ts';
import { sourceWorkerUrl, startWorker } from '../workers/worker-pool.ts';
import { folderTree, holdsExactly, readShardManifests } from './merge-shards.ts';
import { shardDir, shardManifestFile, type ShardManifest } from './shard-manifest.ts';

/** What moving the shards' folders ahead needs to know. */
export interface MoveAheadJob {
  readonly shardsDir: string;
  readonly count: number;
  readonly outDir: string;
  /** The project's `public/` folder, whose files Astro copies into every build's output. */
  readonly publicDir: string;
  /** Astro's folder of bundles in the output (`_astro`), which every build writes. */
  readonly assetsFolder: string;
  /** The digest of this build's code, which the shared plan's first line must open with. */
  readonly sourcesDigest: string;
}

/** The folders moved ahead, and the files under them as they are in the output folder, sorted by path. */
export interface MovedAhead {
  readonly moved: true;
  /** The shards' manifests, whose files are removed before anything is moved. */
  readonly manifests: readonly ShardManifest[];
  /** By shard (1…count), the folders moved into the output whole, as paths inside the shard's folder. */
  readonly folders: ReadonlyMap<number, ReadonlySet<string>>;
  readonly listing: readonly OutputFile[];
}

/** Why nothing was moved ahead: the merge then takes every file itself, and says what is wrong. */
export interface NotMovedAhead {
  readonly moved: false;
  readonly why: string;
}

/** Every folder that holds a file of `files` (paths inside a folder), at any depth. */
function foldersHolding(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) for (let folder = dirname(file); folder !== '.' && !folders.has(folder); folder = dirname(folder)) folders.add(folder);
  return folders;
}

/**
 * The folders that hold a file the merge writes too, or more than one shard wrote: Astro's
 * bundles, what it copies from `public/`, anything two shards' manifests list. The merge
 * checks those one by one; every other folder of a shard holds files of that shard alone.
 */
function sharedFolders(manifests: readonly ShardManifest[], job: MoveAheadJob): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>(listOutput(job.publicDir).map((file) => file.path));
  for (const manifest of manifests) {
    for (const path of manifest.files) {
      if (seen.has(path)) shared.add(path);
      else seen.add(path);
    }
  }
  const folders = foldersHolding(shared);
  folders.add(job.assetsFolder);
  return folders;
}

/** Whether `folder` is `moved` or inside one of them. */
function insideMoved(folder: string, moved: ReadonlySet<string>): boolean {
  for (let at = folder; at !== '.'; at = dirname(at)) if (moved.has(at)) return true;
  return false;
}

/**
 * For a merge with `--move`, before its own pages are rendered: checks that every shard's
 * manifest is there and names the shared plan's digest, removes the manifests (so the shards'
 * folders are never taken whole again), then moves into the output folder, one rename each,
 * the highest folders of each shard that hold files of that shard alone (`sharedFolders`),
 * hold exactly what it lists, and that the output lacks (a first shard's `articles/`, then
 * each page's folder of the others), and lists the files it moved. The merge's own pages go to
 * other paths (when one lands in a moved folder, the merge reads it again), and the merge
 * checks what was moved as it checks what it takes itself (src/build/shards/merge-shards.ts).
 * Moves nothing when a manifest or the plan is missing or does not match: the merge then says
 * what is wrong. A folder it cannot move is left for the merge to take.
 */
export async function moveShardsAhead(job: MoveAheadJob): Promise<MovedAhead | NotMovedAhead> {
  const planDigest = await readSharedPlanDigest(job.shardsDir, job.sourcesDigest);
  if (planDigest === undefined) return { moved: false, why: 'the shared site plan is missing, or was made by other code' };
  const { manifests, problems } = readShardManifests(job.shardsDir, job.count, planDigest);
  if (problems.length > 0) return { moved: false, why: problems.join('; ') };
  for (const manifest of manifests) rmSync(shardManifestFile(job.shardsDir, manifest.shard, manifest.count), { force: true });
  const shared = sharedFolders(manifests, job);
  const folders = new Map<number, Set<string>>();
  const listing: OutputFile[] = [];
  for (const manifest of manifests) {
    const dir = shardDir(job.shardsDir, manifest.shard, manifest.count);
    const tree = folderTree(manifest.files);
    const moved = new Set<string>();
    // Sorted, a folder comes before the folders in it.
    for (const folder of [...tree.keys()].sort()) {
      if (folder === '.' || shared.has(folder) || insideMoved(dirname(folder), moved)) continue;
      const to = join(job.outDir, folder);
      const files: string[] = [];
      if (statSync(to, { throwIfNoEntry: false }) !== undefined || !holdsExactly(dir, folder, tree, (path) => files.push(path))) continue;
      // Listed from the shard's folder, read once already: a rename keeps a file's size and time.
      const listed = files.map((path) => listedFile(path, join(dir, path)));
      try {
        mkdirSync(dirname(to), { recursive: true });
        renameSync(join(dir, folder), to);
      } catch {
        // The merge's own page took the place meanwhile, or the output is on another disk: the merge takes it file by file, or says why it cannot.
        continue;
      }
      moved.add(folder);
      for (const file of listed) if (file !== undefined) listing.push(file);
    }
    folders.set(manifest.shard, moved);
  }
  return { moved: true, manifests, folders, listing: listing.sort(byPath) };
}

/** A `MovedAhead` as a worker thread sends it: the listing in columns, which cost less to pass than an object a file. */
export type MovedAheadMessage =
  | NotMovedAhead
  | {
      readonly moved: true;
      readonly manifests: readonly ShardManifest[];
      readonly folders: readonly (readonly [number, readonly string[]])[];
      readonly paths: string;
      readonly sizes: Float64Array;
      readonly mtimes: Float64Array;
    };

/** `moved` as a worker thread sends it. */
export function toMessage(moved: MovedAhead | NotMovedAhead): MovedAheadMessage {
  if (!moved.moved) return moved;
  const { manifests, folders, listing } = moved;
  return {
    moved: true,
    manifests,
    folders: [...folders].map(([shard, set]) => [shard, [...set]] as const),
    paths: listing.map((file) => file.path).join('\0'),
    sizes: Float64Array.from(listing, (file) => file.size),
    mtimes: Float64Array.from(listing, (file) => file.mtimeMs),
  };
}

/** A worker thread's message back as what it stands for. */
export function fromMessage(message: MovedAheadMessage): MovedAhead | NotMovedAhead {
  if (!message.moved) return message;
  const paths = message.paths === '' ? [] : message.paths.split('\0');
  return {
    moved: true,
    manifests: message.manifests,
    folders: new Map(message.folders.map(([shard, list]) => [shard, new Set(list)])),
    listing: paths.map((path, i) => ({ path, size: message.sizes[i]!, mtimeMs: message.mtimes[i]! })),
  };
}

/**
 * Runs `moveShardsAhead` on a worker thread (src/build/shards/move-shards-ahead-worker.ts;
 * `root` is the project's), so that the renames and the listing, half a million files at
 * archive scale, wait on the disk while this thread starts Astro and renders the merge's own
 * pages. Rejects when the thread fails; a failed build must not crash on it meanwhile.
 */
export function startMovingShardsAhead(root: string, job: MoveAheadJob): Promise<MovedAhead | NotMovedAhead> {
  const moving = new Promise<MovedAhead | NotMovedAhead>((resolve, reject) => {
    const worker = startWorker(sourceWorkerUrl(root, 'src/build/shards/move-shards-ahead-worker.ts'), { workerData: job });
    worker.once('message', (message: MovedAheadMessage) => resolve(fromMessage(message)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`moving the shards' folders into ${job.outDir}: the worker thread stopped (exit ${code}) without an answer`)));
  });
  moving.catch(() => undefined);
  return moving;
}
