import { availableParallelism } from 'node:os';
import { batchesOf, runInWorkers } from '../build/worker-pool.ts';
import { createMarkdownRenderer, type MarkdownImageOptions, type MarkdownJob, type RenderedMarkdown } from './render-markdown.ts';

// Below this many bodies, starting workers (each loads the whole unified pipeline) costs
// more than it saves.
const WORKER_THRESHOLD = 300;

/**
 * Renders every job's Markdown, on all cores when there are many: the content loader would
 * otherwise parse thousands of bodies one after another on one. Results are keyed by job id;
 * the first failure rejects, naming the file.
 */
export async function renderMarkdownBodies(jobs: readonly MarkdownJob[], image: MarkdownImageOptions): Promise<Map<string, RenderedMarkdown>> {
  const threads = Math.min(availableParallelism(), 4);
  if (jobs.length < WORKER_THRESHOLD || threads < 2) return renderHere(jobs, image);
  const results = await runInWorkers<MarkdownJob, { id: string; rendered: RenderedMarkdown }>(new URL('./markdown-worker.ts', import.meta.url), image, batchesOf(jobs, 50), threads);
  return new Map(results.map(({ id, rendered }) => [id, rendered]));
}

async function renderHere(jobs: readonly MarkdownJob[], image: MarkdownImageOptions): Promise<Map<string, RenderedMarkdown>> {
  const render = await createMarkdownRenderer(image);
  const rendered = new Map<string, RenderedMarkdown>();
  for (const job of jobs) {
    try {
      rendered.set(job.id, await render(job));
    } catch (error) {
      throw new Error(`${job.filePath}: the Markdown could not be rendered: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return rendered;
}
