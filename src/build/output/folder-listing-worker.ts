// A worker thread that lists folders of the output (every file under each, one stat a file)
// for listOutputOnThreads, answering in columns (src/build/output/listing-columns.ts).
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { serveBatches } from '../workers/worker-pool.ts';
import { byPath, listFilesUnder, type OutputFile } from './kept-output.ts';
import { listingColumns, type ListingColumns } from './listing-columns.ts';

/** Folders of the output folder `dir` to list, as paths inside it ending in the path separator. */
export interface FolderListingJob {
  readonly dir: string;
  readonly folders: readonly string[];
}

/** Lists a job's folders, its files sorted by path. */
export function listFolders(job: FolderListingJob): ListingColumns {
  const files: OutputFile[] = [];
  for (const folder of job.folders) listFilesUnder(join(job.dir, folder), folder, files);
  return listingColumns(files.sort(byPath));
}

if (parentPort) {
  serveBatches(
    parentPort,
    (job: FolderListingJob) => Promise.resolve(listFolders(job)),
    (job, error) => `listing ${job.dir}: ${error instanceof Error ? error.message : String(error)}`,
  );
}
