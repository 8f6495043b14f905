import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { batchesOf, runInWorkers } from '../build/worker-pool.ts';
import { createMarkdownRenderer, type MarkdownJob, type RenderedMarkdown } from '../collections/render-markdown.ts';
import { getPublishedArticles, type PublishedArticle } from './articles.ts';

// Below this many articles, rendering here on demand costs less than starting a worker.
const WORKER_THRESHOLD = 300;
const BATCH_SIZE = 25;

let bodies: Promise<Map<string, Promise<string>>> | undefined;

/**
 * The HTML of an article's body, rendered once per build. On a big site every body is
 * rendered ahead on worker threads, in the order pages, feeds and the search index ask for
 * them (newest first), so the Markdown work runs on the other cores while this one renders
 * pages; a small site renders each body here when first asked.
 */
export async function getArticleBody({ article }: PublishedArticle): Promise<string> {
  bodies ??= getPublishedArticles().then(startRendering);
  const html = (await bodies).get(article.slug);
  if (html === undefined) throw new Error(`${article.file}: no body was rendered for "${article.slug}"`);
  return html;
}

function jobOf({ article, entry }: PublishedArticle): MarkdownJob {
  // Builds run from the project root, where article paths are relative to.
  return { id: article.slug, body: (entry.body ?? '').trim(), filePath: join(process.cwd(), entry.filePath ?? article.file) };
}

function startRendering(published: readonly PublishedArticle[]): Map<string, Promise<string>> {
  const jobs = published.map(jobOf);
  if (jobs.length < WORKER_THRESHOLD || availableParallelism() < 2) {
    const render = createMarkdownRenderer({});
    return new Map(jobs.map((job) => [job.id, lazily(async () => {
      try {
        return (await (await render)(job)).html;
      } catch (error) {
        throw new Error(`${job.filePath}: the Markdown could not be rendered: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    })]));
  }
  const waiting = new Map<string, { resolve: (html: string) => void; reject: (error: unknown) => void }>();
  const results = new Map(jobs.map((job) => [job.id, new Promise<string>((resolve, reject) => waiting.set(job.id, { resolve, reject }))]));
  // One thread fewer than the cores: the main thread keeps one to render pages.
  const threads = Math.max(1, availableParallelism() - 1);
  const workerUrl = pathToFileURL(join(process.cwd(), 'src/collections/markdown-worker.ts'));
  runInWorkers<MarkdownJob, { id: string; rendered: RenderedMarkdown }>(workerUrl, {}, batchesOf(jobs, BATCH_SIZE), threads, (batch) => {
    for (const { id, rendered } of batch) waiting.get(id)?.resolve(rendered.html);
  }).catch((error: unknown) => {
    for (const pending of waiting.values()) pending.reject(error);
  });
  for (const promise of results.values()) promise.catch(() => undefined);
  return results;
}

/** A promise-like that does its work only when first awaited. */
function lazily(work: () => Promise<string>): Promise<string> {
  let started: Promise<string> | undefined;
  const run = () => (started ??= work());
  return { then: (ok, fail) => run().then(ok, fail), catch: (fail) => run().catch(fail), finally: (done) => run().finally(done), [Symbol.toStringTag]: 'Promise' } as Promise<string>;
}
