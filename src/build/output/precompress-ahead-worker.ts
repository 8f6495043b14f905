// The worker thread of pre-compression ahead (src/build/output/precompress-ahead.ts): writes
// each page's `.br` and `.gz` into the staging files it is sent, at the lowest priority.
import { parentPort } from 'node:worker_threads';
import { yieldToOtherThreads } from '../workers/background-priority.ts';
import type { AheadJob } from './precompress-ahead.ts';
import { writeSiblings, type Encoding } from './text-compression.ts';

// Nothing waits for these before the build's last step; the pages and the bodies do wait.
yieldToOtherThreads();

parentPort?.on('message', ({ name, page, siblings }: AheadJob) => {
  writeSiblings(
    new Uint8Array(page),
    Object.entries(siblings).map(([encoding, file]) => ({ encoding: encoding as Encoding, file })),
  );
  parentPort?.postMessage(name);
});
