import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { batchesOf, runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';
import { UNTOUCHED, byPath, folderEntries, listFilesUnder, listedFile, type OutputFile } from './kept-output.ts';
import type { FolderListingJob } from './folder-listing-worker.ts';
import { appendColumns, type ListingColumns } from './listing-columns.ts';

// Below this many folders two levels down (an article's, a tag's), one thread lists the
// output as soon as threads would: starting them and joining their answers cost what they save.
const THREADS_FROM_FOLDERS = 20_000;
// Folders a thread lists between two messages: enough to keep it busy, few enough to share the work out evenly.
const FOLDERS_PER_BATCH = 1000;

/**
 * What `listOutput` gives (every file under `dir` but a `.git` folder's, sorted by path), with
 * the folders two levels down listed on worker threads, one a core, when there are many: a
 * big site's output is hundreds of thousands of files, and a stat is a system call each.
 * `root` is the project's, where the worker's source is.
 */
export async function listOutputOnThreads(dir: string, root: string, threads: number = availableParallelism(), threshold: number = THREADS_FROM_FOLDERS): Promise<OutputFile[]> {
  // None when the output folder is not made yet.
  const top = folderEntries(dir);
  const files: OutputFile[] = [];
  const folders: string[] = [];
  // As listFilesUnder: what is deleted while it is listed is not listed.
  const stat = (path: string): void => {
    const listed = listedFile(path, join(dir, path));
    if (listed !== undefined) files.push(listed);
  };
  for (const entry of top) {
    if (entry.name === UNTOUCHED) continue;
    if (entry.isFile()) stat(entry.name);
    else if (entry.isDirectory()) {
      for (const inner of folderEntries(join(dir, entry.name))) {
        const path = `${entry.name}${sep}${inner.name}`;
        if (inner.isFile()) stat(path);
        else if (inner.isDirectory()) folders.push(path);
      }
    }
  }
  if (threads < 2 || folders.length < threshold) {
    for (const folder of folders) listFilesUnder(join(dir, folder), folder + sep, files);
    return files.sort(byPath);
  }
  // Folders in the order of their files' paths, and each batch's files sorted by its thread:
  // the listing then arrives in sorted runs, which the last sort merges instead of sorting
  // half a million paths from scratch.
  const inPathOrder = folders.map((folder) => folder + sep).sort();
  const batches = batchesOf(inPathOrder, FOLDERS_PER_BATCH).map((batch): FolderListingJob => ({ dir, folders: batch }));
  const listings = await runInWorkers<FolderListingJob, ListingColumns>(sourceWorkerUrl(root, 'src/build/output/folder-listing-worker.ts'), undefined, batchesOf(batches, 1), threads);
  for (const listing of listings) appendColumns(files, listing);
  return files.sort(byPath);
}
