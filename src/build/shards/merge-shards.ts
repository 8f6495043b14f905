import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { appendAll } from '../../lib/append-all.ts';
import type { DealtPart } from '../../lib/shards/search-part-owners.ts';
import { readShardManifest, shardDir, shardManifestFile, type ShardManifest } from './shard-manifest.ts';

/** What the merge took from the shards. */
export interface MergedShards {
  /** The pages the shards rendered, as Astro listed them, for the sitemap. */
  readonly pathnames: readonly string[];
  /** Files copied into the output folder, or moved there with `move`. */
  readonly taken: number;
  readonly unchanged: number;
  /** The paths of the files this call put in the output folder (not those moved ahead), for the output's listing. */
  readonly takenPaths: readonly string[];
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
 * The manifests of shards 1…count in `shardsDir` (or `read`, when they were read before and
 * their files are gone), each checked to be its shard's and rendered from the site plan with
 * digest `planDigest`; else what is wrong with each that is not, naming its folder or file.
 */
export function readShardManifests(shardsDir: string, count: number, planDigest: string, read?: readonly ShardManifest[]): { readonly manifests: ShardManifest[]; readonly problems: string[] } {
  const manifests: ShardManifest[] = [];
  const problems: string[] = [];
  for (let shard = 1; shard <= count; shard++) {
    const dir = shardDir(shardsDir, shard, count);
    try {
      const manifest = read?.[shard - 1] ?? readShardManifest(shardsDir, shard, count);
      if (manifest.shard !== shard || manifest.count !== count) problems.push(`${dir}: holds shard ${manifest.shard} of ${manifest.count}, not ${shard} of ${count}`);
      else if (manifest.planDigest !== planDigest) problems.push(`${dir}: rendered from another site plan (content or code changed since); build shard ${shard} of ${count} again`);
      else manifests.push(manifest);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { manifests, problems };
}

/**
 * Reads the manifests of shards 1…count from `shardsDir` (or takes them as `read`, when the
 * shards were moved ahead and their files are gone) and checks them against the site plan
 * (`planDigest`) and every page the site has (`expected`, key → route): throws, naming them,
 * when a shard is missing or rendered from another plan, or a page is missing, written by two
 * shards, or not a page of this site.
 */
export function checkShards(shardsDir: string, count: number, planDigest: string, expected: ReadonlyMap<string, string>, read?: readonly ShardManifest[]): ShardManifest[] {
  const { manifests, problems } = readShardManifests(shardsDir, count, planDigest, read);
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

function sourceStat(from: string, manifest: ShardManifest): Stats {
  try {
    return statSync(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`${from}: listed by shard ${manifest.shard} of ${manifest.count} but not in its folder; build the shard again`, { cause: error });
  }
}

/** A folder of a shard's listed files (paths inside the shard's folder): the files directly in it, and its folders that hold listed files. */
interface ListedFolder {
  readonly files: string[];
  readonly subfolders: string[];
}

/** A shard's listed files as a tree of folders, from the shard's own ('.') down. */
export function folderTree(files: readonly string[]): Map<string, ListedFolder> {
  const tree = new Map<string, ListedFolder>([['.', { files: [], subfolders: [] }]]);
  const folderOf = (folder: string): ListedFolder => {
    let listed = tree.get(folder);
    if (listed === undefined) {
      listed = { files: [], subfolders: [] };
      tree.set(folder, listed);
      folderOf(dirname(folder)).subfolders.push(folder);
    }
    return listed;
  };
  for (const path of files) folderOf(dirname(path)).files.push(path);
  return tree;
}

/** Every listed file in `folder` and the folders under it. */
function filesUnder(folder: string, tree: ReadonlyMap<string, ListedFolder>): string[] {
  const listed = tree.get(folder);
  return listed === undefined ? [] : [...listed.files, ...listed.subfolders.flatMap((subfolder) => filesUnder(subfolder, tree))];
}

/**
 * Whether `folder` (inside `shardFolder`) holds exactly its listed files and folders, all the
 * way down, and nothing else; `onFile` is told each file's path as it is found (all of them
 * when the answer is yes).
 */
export function holdsExactly(shardFolder: string, folder: string, tree: ReadonlyMap<string, ListedFolder>, onFile?: (path: string) => void): boolean {
  const listed = tree.get(folder);
  if (listed === undefined) return false;
  let entries;
  try {
    entries = readdirSync(join(shardFolder, folder), { withFileTypes: true });
  } catch {
    return false;
  }
  if (entries.length !== listed.files.length + listed.subfolders.length) return false;
  const files = new Set(listed.files.map((path) => basename(path)));
  const subfolders = new Set(listed.subfolders.map((path) => basename(path)));
  return entries.every((entry) => {
    if (!entry.isFile()) return entry.isDirectory() && subfolders.has(entry.name) && holdsExactly(shardFolder, join(folder, entry.name), tree, onFile);
    onFile?.(join(folder, entry.name));
    return files.has(entry.name);
  });
}

/**
 * Copies every shard's files into the output folder, or with `move` moves them there (a
 * rename, no bytes read or written: for a CI merge job, whose shard folders are downloaded
 * artifacts used once; their manifests are removed first, so the folders are never taken for
 * whole shards again). Moving, the highest folders that hold only what their shard lists and
 * that the output folder lacks are renamed whole, one rename for all their files instead of a
 * look at each, since none of them can be there already: a page's folder (the page and its
 * compressed copies), a search part's, or a whole route's folder for the first shard that has
 * it (`articles/`, which the merge's own pages never fill). A file several shards wrote
 * (Astro's bundles, the public folder) must be the same bytes in each, and the same as the
 * merge's own when it wrote one this build (written since `buildStarted`): else it throws
 * naming it. A file already there with the source's size and time is left as it is. Every
 * file taken is added to `claimed`, so pruning keeps it. `movedAhead` names, by shard, the
 * folders moved before (src/build/shards/move-shards-ahead.ts): their files count as taken.
 */
export function takeShardFiles(
  shardsDir: string,
  manifests: readonly ShardManifest[],
  outDir: string,
  buildStarted: number,
  claimed: Set<string>,
  options: { readonly move?: boolean; readonly movedAhead?: ReadonlyMap<number, ReadonlySet<string>> } = {},
): MergedShards {
  const move = options.move === true;
  const takenPaths: string[] = [];
  const source = new Map<string, number>();
  // Folders made so far: asking for each of half a million files costs more than the copy.
  const made = new Set<string>();
  const makeFolder = (folder: string): void => {
    if (made.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  };
  let taken = 0;
  let unchanged = 0;
  const differs: string[] = [];
  const takeFile = (manifest: ShardManifest, dir: string, path: string): void => {
    const from = join(dir, path);
    const to = join(outDir, path);
    const earlier = source.get(path);
    if (earlier !== undefined) {
      // Compared with the output's copy, which is the earlier shard's (moved, copied or checked).
      if (!sameBytes(from, to)) differs.push(`${path} (shards ${earlier} and ${manifest.shard})`);
      return;
    }
    source.set(path, manifest.shard);
    claimed.add(path);
    const fromStat = sourceStat(from, manifest);
    const toStat = statSync(to, { throwIfNoEntry: false });
    if (toStat !== undefined && toStat.mtimeMs >= buildStarted) {
      // The merge wrote this file itself (a bundle, a public file): the shard's must agree.
      if (!sameBytes(from, to)) differs.push(`${path} (shard ${manifest.shard} and the merge's own)`);
      unchanged++;
      return;
    }
    if (toStat !== undefined && toStat.size === fromStat.size && Math.abs(toStat.mtimeMs - fromStat.mtimeMs) < 1) {
      unchanged++;
      return;
    }
    makeFolder(dirname(to));
    // Either way the file keeps the shard's time, so the next merge knows it is current without reading it.
    if (move) renameSync(from, to);
    else {
      copyFileSync(from, to);
      utimesSync(to, fromStat.atimeMs / 1000, fromStat.mtimeMs / 1000);
    }
    takenPaths.push(path);
    taken++;
  };
  // Records the files of a folder now in the output: its shard's, and taken.
  const taking = (manifest: ShardManifest, paths: readonly string[]): void => {
    for (const path of paths) {
      source.set(path, manifest.shard);
      claimed.add(path);
    }
    taken += paths.length;
  };
  // A folder the output lacks holds none of the files an earlier shard or the merge put there.
  const takeFolderWhole = (manifest: ShardManifest, dir: string, folder: string, tree: ReadonlyMap<string, ListedFolder>): boolean => {
    const to = join(outDir, folder);
    if (made.has(to) || statSync(to, { throwIfNoEntry: false }) !== undefined || !holdsExactly(dir, folder, tree)) return false;
    makeFolder(dirname(to));
    renameSync(join(dir, folder), to);
    made.add(to);
    const paths = filesUnder(folder, tree);
    taking(manifest, paths);
    appendAll(takenPaths, paths);
    return true;
  };
  // From the shard's own folder down, each folder whole when it can be, else its files one by one and its folders in turn.
  const take = (manifest: ShardManifest, dir: string, folder: string, tree: ReadonlyMap<string, ListedFolder>): void => {
    if (options.movedAhead?.get(manifest.shard)?.has(folder) === true) return taking(manifest, filesUnder(folder, tree));
    if (move && folder !== '.' && takeFolderWhole(manifest, dir, folder, tree)) return;
    const listed = tree.get(folder);
    for (const path of listed?.files ?? []) takeFile(manifest, dir, path);
    for (const subfolder of listed?.subfolders ?? []) take(manifest, dir, subfolder, tree);
  };
  if (move) for (const manifest of manifests) rmSync(shardManifestFile(shardsDir, manifest.shard, manifest.count), { force: true });
  for (const manifest of manifests) take(manifest, shardDir(shardsDir, manifest.shard, manifest.count), '.', folderTree(manifest.files));
  if (differs.length > 0) throw new Error(['the shards cannot be merged:', ...listed('files that differ between the builds that wrote them', differs)].join('\n'));
  return { pathnames: manifests.flatMap((manifest) => manifest.pathnames), taken, unchanged, takenPaths };
}

/**
 * Throws, naming them, when a part of the search index the plan lists (`parts`) is not in the
 * output folder once the shards' files are taken (`published` says whether it is): the shard
 * that was to index it did not, and the reader's search would miss its articles.
 */
export function checkSearchParts(parts: readonly DealtPart[], published: (part: DealtPart) => boolean): void {
  const missing = parts.filter((part) => !published(part)).map((part) => `${part.path} (${part.year}, ${part.slugs.length} article${part.slugs.length === 1 ? '' : 's'})`);
  if (missing.length > 0) throw new Error(['the shards cannot be merged:', ...listed('parts of the search index no shard wrote; build the shards again', missing)].join('\n'));
}
