import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { batchesOf, runInWorkers } from '../build/worker-pool.ts';
import { createMarkdownRenderer, type MarkdownJob } from '../collections/render-markdown.ts';
import { getPublishedArticles, type PublishedArticle } from './articles.ts';

// Below this many articles, rendering here on demand costs less than starting a worker.
const WORKER_THRESHOLD = 300;
const BATCH_SIZE = 25;

let bodyOf: Promise<(slug: string) => Promise<string> | undefined> | undefined;

/**
 * The HTML of an article's body, rendered once per build. On a big site every body is
 * rendered ahead on worker threads, in the order pages, feeds and the search index ask for
 * them (newest first), so the Markdown work runs on the other cores while this one renders
 * pages; a small site renders each body here when first asked.
 */
export async function getArticleBody({ article }: PublishedArticle): Promise<string> {
  bodyOf ??= getPublishedArticles().then(startRendering);
  const html = (await bodyOf)(article.slug);
  if (html === undefined) throw new Error(`${article.file}: no body was rendered for "${article.slug}"`);
  return html;
}

function jobOf({ article, entry }: PublishedArticle): MarkdownJob {
  // Builds run from the project root, where article paths are relative to.
  return { id: article.slug, body: (entry.body ?? '').trim(), filePath: join(process.cwd(), entry.filePath ?? article.file) };
}

function startRendering(published: readonly PublishedArticle[]): (slug: string) => Promise<string> | undefined {
  const jobs = new Map(published.map((item) => [item.article.slug, jobOf(item)]));
  if (jobs.size < WORKER_THRESHOLD || availableParallelism() < 2) return renderOnDemand(jobs);
  const waiting = new Map<string, { resolve: (html: string) => void; reject: (error: unknown) => void }>();
  const results = new Map([...jobs.keys()].map((slug) => [slug, new Promise<string>((resolve, reject) => waiting.set(slug, { resolve, reject }))]));
  for (const promise of results.values()) promise.catch(() => undefined);
  // One thread fewer than the cores: the main thread keeps one to render pages.
  const threads = Math.max(1, availableParallelism() - 1);
  const workerUrl = pathToFileURL(join(process.cwd(), 'src/collections/markdown-worker.ts'));
  runInWorkers<MarkdownJob, { id: string; html: string }>(workerUrl, undefined, batchesOf([...jobs.values()], BATCH_SIZE), threads, (batch) => {
    for (const { id, html } of batch) waiting.get(id)?.resolve(html);
  }).catch((error: unknown) => {
    for (const pending of waiting.values()) pending.reject(error);
  });
  return (slug) => results.get(slug);
}

function renderOnDemand(jobs: ReadonlyMap<string, MarkdownJob>): (slug: string) => Promise<string> | undefined {
  const renderer = createMarkdownRenderer();
  const rendered = new Map<string, Promise<string>>();
  return (slug) => {
    const job = jobs.get(slug);
    if (job === undefined) return undefined;
    let html = rendered.get(slug);
    if (html === undefined) {
      html = renderer.then((render) => render(job));
      rendered.set(slug, html);
    }
    return html;
  };
}
