// A worker thread that moves the shards' page folders into the merge's output folder
// (workerData: a MoveAheadJob and the port of the thread listing them), hands that thread the
// files of each batch it moved, and answers with the folders it moved, while the merge's main
// thread starts Astro and renders the pages that span the whole site. Before it moves anything
// it sends the paths of the shards' pages, which the sitemaps need and nothing else of the move.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { foldersMessage, moveShardFolders, type MoveAheadJob, type ShardPathnamesMessage } from './move-shards-ahead.ts';

const { job, port } = workerData as { job: MoveAheadJob; port: MessagePort };
const moved = await moveShardFolders(
  job,
  (paths) => port.postMessage(paths),
  (manifests) => parentPort?.postMessage({ pathnames: manifests.flatMap((manifest) => manifest.pathnames) } satisfies ShardPathnamesMessage),
);
// No more paths: the listing thread answers with what it listed.
port.postMessage(null);
parentPort?.postMessage(foldersMessage(moved));
