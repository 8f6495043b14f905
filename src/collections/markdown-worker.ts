// A worker thread of the Markdown pool: renders the batches of article bodies it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { serveBatches } from '../build/worker-pool.ts';
import { createMarkdownRenderer, type MarkdownImageOptions, type MarkdownJob } from './render-markdown.ts';

const render = await createMarkdownRenderer(workerData as MarkdownImageOptions);

if (parentPort) {
  serveBatches(parentPort, async (job: MarkdownJob) => ({ id: job.id, rendered: await render(job) }), (job, error) => `${job.filePath}: the Markdown could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
}
