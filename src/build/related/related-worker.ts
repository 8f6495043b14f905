// A worker thread that computes a big site's related links, so the main thread is free
// meanwhile to feed the search index and prepare the listings.
import { parentPort } from 'node:worker_threads';
import { findRelated } from '../../lib/related/find-related.ts';
import type { RelatedInput, RelatedLink, RelatedOptions } from '../../lib/related/types.ts';
import { serveBatches } from '../workers/worker-pool.ts';

/** The whole site's articles and the engine's options: one job per build. */
export interface RelatedJob {
  readonly articles: readonly RelatedInput[];
  readonly options: RelatedOptions;
}

if (parentPort) {
  serveBatches(
    parentPort,
    (job: RelatedJob): Promise<Map<string, RelatedLink[]>> => Promise.resolve(findRelated(job.articles, job.options)),
    (_job, error) => `related links: ${error instanceof Error ? error.message : String(error)}`,
  );
}
