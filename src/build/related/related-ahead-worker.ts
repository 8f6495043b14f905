// A worker thread that begins a big site's related links from the files the content loader
// checked (src/build/related/related-ahead.ts): workerData is the build's setting.
import { parentPort, workerData } from 'node:worker_threads';
import { serveBatches } from '../workers/worker-pool.ts';
import { relatedAhead, type CheckedArticleFile, type RelatedAhead, type RelatedAheadSetting } from './related-ahead.ts';

const setting = workerData as RelatedAheadSetting;

if (parentPort) {
  serveBatches(
    parentPort,
    (files: readonly CheckedArticleFile[]): Promise<RelatedAhead> => Promise.resolve(relatedAhead(files, setting)),
    (_files, error) => `related links begun ahead: ${error instanceof Error ? error.message : String(error)}`,
  );
}
