// A worker thread that moves the shards' page folders into the merge's output folder
// (workerData: a MoveAheadJob) and answers with what it moved and the files under them, while
// the merge's main thread starts Astro and renders the pages that span the whole site.
import { parentPort, workerData } from 'node:worker_threads';
import { moveShardsAhead, toMessage, type MoveAheadJob } from './move-shards-ahead.ts';

parentPort?.postMessage(toMessage(await moveShardsAhead(workerData as MoveAheadJob)));
