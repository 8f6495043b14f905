// A worker thread of the Markdown pool: renders the batches of article bodies it is sent,
// or reads them from the cache a previous build left.
import { parentPort } from 'node:worker_threads';
import { renderThroughCache } from './article-body-cache.ts';
import { serveBatches } from '../workers/worker-pool.ts';
import { forArticle } from '../../lib/for-article.ts';
import { createMarkdownRenderer, type MarkdownJob } from './render-markdown.ts';

const render = await createMarkdownRenderer();

if (parentPort) {
  // Every failure names the article's file (the renderer's own, and the cache's).
  serveBatches(parentPort, async (job: MarkdownJob) => ({ id: job.id, html: await forArticle(job.file ?? job.filePath, 'body', () => renderThroughCache(job, render)) }), (_job, error) => (error instanceof Error ? error.message : String(error)));
}
