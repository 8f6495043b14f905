import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { appendAll } from '../../lib/append-all.ts';
import { listedFile, listOutput, type OutputFile } from '../output/kept-output.ts';
import { appendColumns, type ListingColumns } from '../output/listing-columns.ts';
import { readSharedPlanDigest } from '../site-plan/site-plan-file.ts';
import { sourceWorkerUrl, startWorker, workerAnswer } from '../workers/worker-pool.ts';
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

/** The folders moved ahead, before their files are listed. */
export interface MovedFolders {
  readonly moved: true;
  /** The shards' manifests, whose files are removed before anything is moved. */
  readonly manifests: readonly ShardManifest[];
  /** By shard (1…count), the folders moved into the output whole, as paths inside the shard's folder. */
  readonly folders: ReadonlyMap<number, ReadonlySet<string>>;
}

/** The folders moved ahead, and the files under them as they are in the output folder, sorted by path. */
export interface MovedAhead extends MovedFolders {
  readonly listing: readonly OutputFile[];
}

/** Receives the files of the folders just moved, as paths inside the output folder, a batch at a time. */
export type MovedFilesVisitor = (paths: readonly string[]) => void;

// Paths handed on at once: few messages between threads, and the listing keeps up with the moves.
const MOVED_BATCH = 4096;

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
 * each page's folder of the others), and hands `onMoved` the files of each batch of folders it
 * moved. The merge's own pages go to other paths (when one lands in a moved folder, the merge
 * reads it again), and the merge checks what was moved as it checks what it takes itself
 * (src/build/shards/merge-shards.ts). Moves nothing when a manifest or the plan is missing or
 * does not match: the merge then says what is wrong. A folder it cannot move is left for the
 * merge to take. `onManifests` is handed the manifests once they are read and removed, before
 * anything is moved.
 */
export async function moveShardFolders(job: MoveAheadJob, onMoved: MovedFilesVisitor, onManifests?: (manifests: readonly ShardManifest[]) => void): Promise<MovedFolders | NotMovedAhead> {
  const planDigest = await readSharedPlanDigest(job.shardsDir, job.sourcesDigest);
  if (planDigest === undefined) return { moved: false, why: 'the shared site plan is missing, or was made by other code' };
  const { manifests, problems } = readShardManifests(job.shardsDir, job.count, planDigest);
  if (problems.length > 0) return { moved: false, why: problems.join('; ') };
  for (const manifest of manifests) rmSync(shardManifestFile(job.shardsDir, manifest.shard, manifest.count), { force: true });
  onManifests?.(manifests);
  const shared = sharedFolders(manifests, job);
  const folders = new Map<number, Set<string>>();
  // The output's folders this step made or found, so each is made once, not once a page.
  const made = new Set<string>();
  let batch: string[] = [];
  for (const manifest of manifests) {
    const dir = shardDir(job.shardsDir, manifest.shard, manifest.count);
    const tree = folderTree(manifest.files);
    const moved = new Set<string>();
    // Sorted, a folder comes before the folders in it.
    for (const folder of [...tree.keys()].sort()) {
      if (folder === '.' || shared.has(folder) || insideMoved(dirname(folder), moved)) continue;
      const files: string[] = [];
      if (!holdsExactly(dir, folder, tree, (path) => files.push(path))) continue;
      const to = join(job.outDir, folder);
      try {
        const parent = dirname(to);
        if (!made.has(parent)) {
          mkdirSync(parent, { recursive: true });
          made.add(parent);
        }
        // A rename onto a folder that holds anything, or onto a file, fails: what the output
        // has is never replaced.
        renameSync(join(dir, folder), to);
      } catch {
        // The output has the place (the merge's own page took it meanwhile) or is on another
        // disk: the merge takes the folder file by file, or says why it cannot.
        continue;
      }
      moved.add(folder);
      appendAll(batch, files);
      if (batch.length >= MOVED_BATCH) {
        onMoved(batch);
        batch = [];
      }
    }
    folders.set(manifest.shard, moved);
  }
  if (batch.length > 0) onMoved(batch);
  return { moved: true, manifests, folders };
}

/** Adds to `listing` the files at `paths` (inside `outDir`) as listed there: those no longer there are left out. */
export function listMovedFiles(outDir: string, paths: readonly string[], listing: OutputFile[]): void {
  for (const path of paths) {
    const file = listedFile(path, join(outDir, path));
    if (file !== undefined) listing.push(file);
  }
}

/** What the moving thread sends before it moves anything: the paths in the site of the shards' pages, as their manifests list them, shard by shard. */
export interface ShardPathnamesMessage {
  readonly pathnames: readonly string[];
}

// The note the moving thread sends before its answer (which has `moved`, never `pathnames`).
const isPathnamesMessage = (message: unknown): message is ShardPathnamesMessage => typeof message === 'object' && message !== null && 'pathnames' in message;

/** `MovedFolders` as the moving thread sends it. */
export type MovedFoldersMessage =
  | NotMovedAhead
  | {
      readonly moved: true;
      readonly manifests: readonly ShardManifest[];
      readonly folders: readonly (readonly [number, readonly string[]])[];
    };

/** `moved` as the moving thread sends it. */
export function foldersMessage(moved: MovedFolders | NotMovedAhead): MovedFoldersMessage {
  if (!moved.moved) return moved;
  return { moved: true, manifests: moved.manifests, folders: [...moved.folders].map(([shard, set]) => [shard, [...set]] as const) };
}

// The two threads' answers as what they stand for.
function fromMessages(folders: MovedFoldersMessage, listing: ListingColumns): MovedAhead | NotMovedAhead {
  if (!folders.moved) return folders;
  return {
    moved: true,
    manifests: folders.manifests,
    folders: new Map(folders.folders.map(([shard, list]) => [shard, new Set(list)])),
    listing: appendColumns([], listing),
  };
}

/** The moving ahead under way: the shards' pages' paths as soon as the manifests are read, and the folders once moved. */
export interface MovingShards {
  /** The paths in the site of the shards' pages, shard by shard, before anything is moved; undefined when nothing is moved or the move fails. */
  readonly pathnames: Promise<readonly string[] | undefined>;
  /** The folders moved and their listing, or why nothing was moved. */
  readonly moved: Promise<MovedAhead | NotMovedAhead>;
}

/**
 * Runs `moveShardFolders` on a worker thread (src/build/shards/move-shards-ahead-worker.ts;
 * `root` is the project's) and lists what it moved on another
 * (src/build/shards/list-moved-files-worker.ts), batch by batch as the folders are moved, so
 * that the renames and the listing, half a million files at archive scale, wait on the disk
 * side by side while this thread starts Astro and renders the merge's own pages. The pages'
 * paths come first, which the sitemaps need and nothing else of the move. `moved` rejects when
 * either thread fails; a failed build must not crash on it meanwhile.
 */
export function startMovingShardsAhead(root: string, job: MoveAheadJob): MovingShards {
  const { port1, port2 } = new MessageChannel();
  const lister = startWorker(sourceWorkerUrl(root, 'src/build/shards/list-moved-files-worker.ts'), { workerData: { outDir: job.outDir, port: port2 }, transferList: [port2] });
  const mover = startWorker(sourceWorkerUrl(root, 'src/build/shards/move-shards-ahead-worker.ts'), { workerData: { job, port: port1 }, transferList: [port1] });
  let tell: (pathnames: readonly string[] | undefined) => void = () => undefined;
  const pathnames = new Promise<readonly string[] | undefined>((resolve) => (tell = resolve));
  const folders = workerAnswer<MovedFoldersMessage>(mover, `moving the shards' folders into ${job.outDir}`, (message) => {
    if (!isPathnamesMessage(message)) return false;
    tell(message.pathnames);
    return true;
  });
  // Answered without the paths first (nothing moved), or failed: none come.
  void folders.then(
    () => tell(undefined),
    () => tell(undefined),
  );
  const listing = workerAnswer<ListingColumns>(lister, `listing the shards' folders moved into ${job.outDir}`);
  // A mover that fails never says it is done: the listing thread would wait for ever.
  folders.catch(() => void lister.terminate());
  const moved = Promise.all([folders, listing]).then(([answer, listed]) => fromMessages(answer, listed));
  moved.catch(() => undefined);
  return { pathnames, moved };
}
