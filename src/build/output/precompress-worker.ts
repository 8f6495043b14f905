// A worker thread of the pre-compression pool: writes the `.br` and `.gz` siblings of the text
// files it is sent. On a thread of its own so that the buffers it churns through are collected
// in its own small heap, not by full collections of the build's (which holds the site plan).
import { parentPort } from 'node:worker_threads';
import { serveBatches } from '../workers/worker-pool.ts';
import { compressFile, type CompressionJob } from './text-compression.ts';

if (parentPort) {
  serveBatches(
    parentPort,
    (job: CompressionJob) => Promise.resolve(compressFile(job)),
    (_job, error) => (error instanceof Error ? error.message : String(error)),
  );
}
