// A worker thread that lists, as they arrive from the thread moving them, the files of the
// shards' folders moved into the merge's output folder (workerData: the folder and the port the
// paths come through, null after the last), and answers with the listing, sorted by path, in
// columns (src/build/output/listing-columns.ts).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { byPath, type OutputFile } from '../output/kept-output.ts';
import { listingColumns } from '../output/listing-columns.ts';
import { listMovedFiles } from './move-shards-ahead.ts';

const { outDir, port } = workerData as { outDir: string; port: MessagePort };
const listing: OutputFile[] = [];
port.on('message', (paths: readonly string[] | null) => {
  if (paths !== null) {
    listMovedFiles(outDir, paths, listing);
    return;
  }
  port.close();
  parentPort?.postMessage(listingColumns(listing.sort(byPath)));
});
