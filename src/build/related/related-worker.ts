// A worker thread that computes a big site's related links, so the main thread is free
// meanwhile to feed the search index and prepare the listings.
import { parentPort } from 'node:worker_threads';
import { serveBatches } from '../workers/worker-pool.ts';
import { runRelatedJob, type RelatedJob, type RelatedResult } from './related-links.ts';

if (parentPort) {
  serveBatches(
    parentPort,
    (job: RelatedJob): Promise<RelatedResult> => Promise.resolve(runRelatedJob(job)),
    (_job, error) => `related links: ${error instanceof Error ? error.message : String(error)}`,
  );
}
