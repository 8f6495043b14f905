import { createHash } from 'node:crypto';
import { readdirSync, rmdirSync, rmSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { namesInFolder } from './names-in-folder.ts';

/** One file of the built site: its path inside the output folder, size and modification time. */
export interface OutputFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** The output folder's entry left alone, as Astro leaves it: some deploy the output folder as a Git checkout. */
export const UNTOUCHED = '.git';

/**
 * Every file under `dir` (none when it does not exist) but a `.git` folder's, sorted by path.
 * One walk, one stat a file: Node's recursive readdir stats every entry to see whether it is
 * a folder, which doubled the cost of a listing that a big site's build makes three times.
 */
export function listOutput(dir: string): OutputFile[] {
  const files: OutputFile[] = [];
  listFilesUnder(dir, '', files);
  return files.sort(byPath);
}

/**
 * The entries of `folder`, none when it is not there. A listing leaves out what is deleted
 * while it reads: one begun while the build's last steps replace files
 * (src/build/output/listing-after-writes.ts) reads those again after them.
 */
export function folderEntries(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The file at `file` as a listing holds it under `path`, or undefined when no file is there (deleted while listed). */
export function listedFile(path: string, file: string): OutputFile | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() === true ? { path, size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
}

// Calls `visit` with every file under `folder` (its path as `prefix` and its path below the
// folder, and where it is), by `folderEntries`, but in the folders `skipped` (by that path); with
// no prefix (the output folder) its `.git` is left out.
function visitFilesUnder(folder: string, prefix: string, visit: (path: string, file: string) => void, skipped?: ReadonlySet<string>): void {
  for (const entry of folderEntries(folder)) {
    const path = prefix + entry.name;
    if (path === UNTOUCHED) continue;
    if (entry.isDirectory()) {
      if (skipped?.has(path) !== true) visitFilesUnder(join(folder, entry.name), path + sep, visit, skipped);
    } else if (entry.isFile()) visit(path, join(folder, entry.name));
  }
}

/**
 * Adds to `files` every file under `folder` (one stat a file), each as `prefix` and its path
 * below the folder, unsorted, but in the folders `skipped` (paths as the files are named); with
 * no prefix (the output folder itself) its `.git` is left out. What is deleted while it is
 * listed is not listed (`folderEntries`).
 */
export function listFilesUnder(folder: string, prefix: string, files: OutputFile[], skipped?: ReadonlySet<string>): void {
  visitFilesUnder(
    folder,
    prefix,
    (path, file) => {
      const listed = listedFile(path, file);
      if (listed !== undefined) files.push(listed);
    },
    skipped,
  );
}

/**
 * Adds to `paths` the path of every file under `folder`, each as `prefix` and its path below
 * the folder, unsorted: `listFilesUnder` without the stat a file, for a caller that needs only
 * the names (the folder's entries say which are files). Node's recursive readdir would stat
 * every entry instead.
 */
export function filePathsUnder(folder: string, prefix: string, paths: string[]): void {
  visitFilesUnder(folder, prefix, (path) => paths.push(path));
}

/**
 * `files` (sorted by path) with the files at `rewritten` (paths inside `outDir`, in any order,
 * named once or more) as they are on disk now: replaced where they stand, added in path order,
 * or left out when gone. An archive's listing holds hundreds of thousands of files and a
 * build's last steps rewrite a few: only those are read, sorted, then merged in one pass.
 */
export function withRewritten(files: readonly OutputFile[], outDir: string, rewritten: Iterable<string>): readonly OutputFile[] {
  const now: OutputFile[] = [];
  const gone = new Set<string>();
  for (const path of new Set(rewritten)) {
    const listed = listedFile(path, join(outDir, path));
    if (listed !== undefined) now.push(listed);
    else gone.add(path);
  }
  if (now.length === 0 && gone.size === 0) return files;
  now.sort(byPath);
  const merged: OutputFile[] = [];
  let i = 0;
  for (const file of files) {
    while (i < now.length && now[i]!.path < file.path) merged.push(now[i++]!);
    if (i < now.length && now[i]!.path === file.path) merged.push(now[i++]!);
    else if (!gone.has(file.path)) merged.push(file);
  }
  while (i < now.length) merged.push(now[i++]!);
  return merged;
}

/** Orders listed files by path, as `listOutput` lists them (and `listingDigest` needs them). */
export function byPath(a: OutputFile, b: OutputFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * A digest of a listing. Equal digests before a build and after the last one mean nobody
 * touched the output in between, so its files can be trusted to be that build's.
 */
export function listingDigest(files: readonly OutputFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.size}\0${file.mtimeMs}\n`);
  return hash.digest('hex');
}

/** What deciding whether to trust an output folder needs of its listing: how many files, their digest, the newest's time (-Infinity: none). */
export interface ListingSummary {
  readonly count: number;
  readonly digest: string;
  readonly newestMtimeMs: number;
}

/** The summary of a listing (see `ListingSummary`). */
export function summarizeListing(files: readonly OutputFile[]): ListingSummary {
  let newestMtimeMs = -Infinity;
  for (const file of files) newestMtimeMs = Math.max(newestMtimeMs, file.mtimeMs);
  return { count: files.length, digest: listingDigest(files), newestMtimeMs };
}

// Files count as this build's from a second before the whole second the build started in:
// some file systems keep modification times to the second or two.
const boundaryAt = (now: number): number => Math.floor(now / 1000) * 1000 - 1000;

/**
 * From when (epoch ms) files count as written by the build starting at `now`, and how long
 * to wait first so that every file the last build left (the newest written at `newest`,
 * -Infinity when none) is older: a build started right after another would otherwise take
 * the other's last files for its own and keep them. The wait is at most two seconds.
 */
export function writesSince(newest: number, now: number): { since: number; waitMs: number } {
  // A file dated in the future (a clock set wrong) cannot be told apart by waiting.
  if (newest < boundaryAt(now) || newest > now) return { since: boundaryAt(now), waitMs: 0 };
  const start = (Math.floor(newest / 1000) + 2) * 1000;
  return { since: boundaryAt(start), waitMs: start - now };
}

/**
 * The files a build left behind from an earlier one: neither written since `buildStarted`
 * (epoch ms) nor kept on purpose (`kept`: pages the build found unchanged, and files an
 * integration left in place because they were already up to date).
 */
export function staleFiles(files: readonly OutputFile[], buildStarted: number, kept: Pick<ReadonlySet<string>, 'has'>): string[] {
  return files.filter((file) => file.mtimeMs < buildStarted && !kept.has(file.path)).map((file) => file.path);
}

/** Deletes `paths` under `dir`, then any folder they leave empty. */
export function removeFiles(dir: string, paths: readonly string[]): void {
  const folders = new Set<string>();
  for (const path of paths) {
    rmSync(join(dir, path), { force: true });
    for (let folder = join(dir, path, '..'); folder.length > dir.length; folder = join(folder, '..')) folders.add(folder);
  }
  // Deepest first, so a parent is tried after its children.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty: other files still live there.
    }
  }
}

/** Deletes everything in `dir` but the folder itself and a `.git` folder. */
export function emptyFolder(dir: string): void {
  for (const name of namesInFolder(dir)) if (name !== UNTOUCHED) rmSync(join(dir, name), { recursive: true, force: true });
}
