// A worker thread that lists the output folder the last build left (workerData: its path) and
// answers with the listing's summary: the folder's many thousands of directory reads and file
// stats then wait on the disk beside the content loader, on a thread of their own.
import { parentPort, workerData } from 'node:worker_threads';
import { listOutput, summarizeListing } from './kept-output.ts';

parentPort?.postMessage(summarizeListing(listOutput(workerData as string)));
