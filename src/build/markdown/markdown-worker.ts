// A worker thread of the Markdown pool: renders the batches of article bodies it is sent into
// the build's cache (or finds them there), and answers each body's slug once its file is written.
import { parentPort } from 'node:worker_threads';
import { forArticle } from '../../lib/for-article.ts';
import { serveBatches } from '../workers/worker-pool.ts';
import { renderThroughCache } from './article-body-cache.ts';
import { createMarkdownRenderer, type MarkdownJob } from './render-markdown.ts';

const render = await createMarkdownRenderer();

if (parentPort) {
  // Every failure names the article's file (the renderer's own, and the cache's).
  serveBatches(
    parentPort,
    async (job: MarkdownJob) => {
      if (job.cacheFile === undefined) throw new Error(`${job.file ?? job.filePath}: body: a worker renders only into the build's cache`);
      await forArticle(job.file ?? job.filePath, 'body', () => renderThroughCache(job, render));
      return job.id;
    },
    (_job, error) => (error instanceof Error ? error.message : String(error)),
  );
}
