// A worker thread that reads ahead, into the cache, the chunks of words and named things the
// related links' worker (src/build/related/related-worker.ts) will want, from the last chunk
// back, while that one reads from the first: in a sharded build's plan, where the other core
// would otherwise wait for the links.
import { parentPort } from 'node:worker_threads';
import { serveBatches } from '../workers/worker-pool.ts';
import { prefillRelatedJob, type PrefillResult, type RelatedJob } from './related-links.ts';

if (parentPort) {
  serveBatches(
    parentPort,
    (job: RelatedJob): Promise<PrefillResult> => Promise.resolve(prefillRelatedJob(job)),
    (_job, error) => `related links, reading ahead: ${error instanceof Error ? error.message : String(error)}`,
  );
}
