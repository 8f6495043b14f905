import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { articleBodyCacheFile, renderThroughCache } from './article-body-cache.ts';
import { createHandOff } from '../hand-off.ts';
import { batchesOf, runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';
import { createMarkdownRenderer, type MarkdownJob } from './render-markdown.ts';
import { forArticle } from '../../lib/for-article.ts';
import { getPublishedArticles, type PublishedArticle } from '../../data/articles.ts';

// Below this many articles, rendering here on demand costs less than starting a worker.
const WORKER_THRESHOLD = 300;
const BATCH_SIZE = 25;
// Who asks for every body once: the article's page and the search index. After both, the
// HTML leaves memory; a later asker (a feed) reads it back from the cache.
const TAKERS = 2;
// Bodies held at most while waiting for a taker: a taker may lag (Pagefind behind the pages)
// or never come (a page kept from the last build), and the rest are in the cache. About 5 MB.
const MAX_HELD = 500;
// A worker renders one short body at a time and keeps nothing, so most of what it allocates
// dies young: 16 MB semi-spaces (V8's long-standing default) are plenty, where V8 lets them
// grow to 32 MB each on a large machine and keeps them for the worker's life. Much smaller,
// and bodies still in progress are promoted, so the old generation grows instead.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48 };

let bodyOf: Promise<(slug: string) => Promise<string> | undefined> | undefined;

/**
 * The HTML of an article's body. On a big site every body is rendered ahead on worker
 * threads, in the order pages, feeds and the search index ask for them (newest first), so
 * the Markdown work runs on the other cores while this one renders pages; a small site
 * renders each body here when first asked. A build keeps the HTML in its cache folder, so
 * the next build renders only the bodies that changed.
 */
export function getArticleBody({ article }: PublishedArticle): Promise<string> {
  return forArticle(article.file, 'body', async () => {
    bodyOf ??= getPublishedArticles().then(startRendering);
    const html = (await bodyOf)(article.slug);
    if (html === undefined) throw new Error(`no body was rendered for "${article.slug}"`);
    return html;
  });
}

function jobOf({ article, entry }: PublishedArticle): MarkdownJob {
  // Builds run from the project root, where article paths are relative to.
  const job = { id: article.slug, file: article.file, filePath: join(process.cwd(), entry.filePath ?? article.file) };
  const cacheFile = articleBodyCacheFile({ ...job, fileDigest: String(entry.digest ?? '') });
  return cacheFile === undefined ? job : { ...job, cacheFile };
}

function startRendering(published: readonly PublishedArticle[]): (slug: string) => Promise<string> | undefined {
  const jobs = new Map(published.map((item) => [item.article.slug, jobOf(item)]));
  const onDemand = renderOnDemand(jobs);
  // Bodies an earlier build left in the cache are read from it when asked: a rebuild after
  // one edit renders one body, and keeps none of the others in memory.
  const toRender = [...jobs.values()].filter((job) => job.cacheFile === undefined || !existsSync(job.cacheFile));
  if (toRender.length < WORKER_THRESHOLD || availableParallelism() < 2) return onDemand;

  const ahead = createHandOff<string>(toRender.map((job) => job.id), TAKERS, MAX_HELD);
  // One thread fewer than the cores: the main thread keeps one to render pages.
  const threads = Math.max(1, availableParallelism() - 1);
  const workerUrl = sourceWorkerUrl('src/build/markdown/markdown-worker.ts');
  runInWorkers<MarkdownJob, { id: string; html: string }>(workerUrl, undefined, batchesOf(toRender, BATCH_SIZE), threads, (batch) => {
    for (const { id, html } of batch) ahead.deliver(id, html);
  }, WORKER_LIMITS).catch((error: unknown) => ahead.fail(error));
  return (slug) => ahead.take(slug) ?? onDemand(slug);
}

function renderOnDemand(jobs: ReadonlyMap<string, MarkdownJob>): (slug: string) => Promise<string> | undefined {
  let renderer: ReturnType<typeof createMarkdownRenderer> | undefined;
  const rendered = new Map<string, Promise<string>>();
  return (slug) => {
    const job = jobs.get(slug);
    if (job === undefined) return undefined;
    const remembered = rendered.get(slug);
    if (remembered !== undefined) return remembered;
    const html = renderThroughCache(job, async (j) => {
      renderer ??= createMarkdownRenderer();
      return (await renderer)(j);
    });
    // Without a cache (the dev server) each body is kept; with one, the file is the memory.
    if (job.cacheFile === undefined) rendered.set(slug, html);
    return html;
  };
}
