// A worker thread that makes half of a big site's articles for the site plan
// (src/build/site-plan/articles-from-sources.ts): workerData is the site's config.
import { parentPort, workerData } from 'node:worker_threads';
import type { SiteConfig } from '../../lib/site-config.ts';
import { serveBatches } from '../workers/worker-pool.ts';
import { articleFromSource, directionsOnce, type StoredArticle } from './articles-from-sources.ts';

const site = workerData as SiteConfig;
const directionOf = directionsOnce();

if (parentPort) {
  serveBatches(
    parentPort,
    (source: StoredArticle) => Promise.resolve(articleFromSource(source, site, directionOf)),
    // articleFromSource's failures name the file and field already.
    (_source, error) => (error instanceof Error ? error.message : String(error)),
  );
}
