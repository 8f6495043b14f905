// A worker thread that lists folders of the output (every file under each, one stat a file)
// for listOutputOnThreads, answering in three columns rather than an object a file, which
// would cost the main thread more to receive than listing them itself.
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { serveBatches } from '../workers/worker-pool.ts';
import { byPath, listFilesUnder, type OutputFile } from './kept-output.ts';

/** Folders of the output folder `dir` to list, as paths inside it ending in the path separator. */
export interface FolderListingJob {
  readonly dir: string;
  readonly folders: readonly string[];
}

/** The files under a job's folders: their paths inside the output folder (joined by NUL, which no path holds), sizes and modification times. */
export interface FolderListing {
  readonly paths: string;
  readonly sizes: Float64Array;
  readonly mtimes: Float64Array;
}

/** Lists a job's folders, its files sorted by path. */
export function listFolders(job: FolderListingJob): FolderListing {
  const files: OutputFile[] = [];
  for (const folder of job.folders) listFilesUnder(join(job.dir, folder), folder, files);
  files.sort(byPath);
  return {
    paths: files.map((file) => file.path).join('\0'),
    sizes: Float64Array.from(files, (file) => file.size),
    mtimes: Float64Array.from(files, (file) => file.mtimeMs),
  };
}

if (parentPort) {
  serveBatches(
    parentPort,
    (job: FolderListingJob) => Promise.resolve(listFolders(job)),
    (job, error) => `listing ${job.dir}: ${error instanceof Error ? error.message : String(error)}`,
  );
}
