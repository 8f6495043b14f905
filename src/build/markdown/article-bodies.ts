import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { forArticle } from '../../lib/for-article.ts';
import type { PublishedContent } from '../../lib/site-plan/site-plan.ts';
import type { BuildSession } from '../session/build-session.ts';
import { namesInFolder } from '../output/names-in-folder.ts';
import { batchesOf, runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';
import { articleBodyCacheFile, renderThroughCache } from './article-body-cache.ts';
import { createMarkdownRenderer, type MarkdownJob } from './render-markdown.ts';

// Below this many bodies to render, rendering here on demand costs less than starting a worker.
const WORKER_THRESHOLD = 300;
const BATCH_SIZE = 25;
// A worker renders one short body at a time and keeps nothing, so most of what it allocates
// dies young: V8's long-standing default semi-space size is plenty, where V8 would let them
// grow on a large machine and keep them for the worker's life. Much smaller, and bodies still
// in progress are promoted, so the old generation grows instead.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48 };

/** The HTML of the published articles' bodies, for pages, feeds and the search index. */
export interface ArticleBodies {
  /** The body of the published article `slug`, sanitised by the Markdown pipeline; a failure names its file. */
  body(slug: string): Promise<string>;
}

function jobsOf({ sources }: Pick<PublishedContent, 'sources'>, session: BuildSession): Map<string, MarkdownJob> {
  const jobs = new Map<string, MarkdownJob>();
  for (const [slug, source] of sources) {
    const job = { id: slug, file: source.file, filePath: join(session.root, source.file), ...(source.dateline === undefined ? {} : { dateline: source.dateline }) };
    const cacheFile = articleBodyCacheFile(session.bodyCache, { ...job, fileDigest: source.digest });
    jobs.set(slug, cacheFile === undefined ? job : { ...job, cacheFile });
  }
  return jobs;
}

/**
 * Bodies rendered on this thread when first asked, through the build's cache when it has one
 * (a rebuild after one edit renders one body). Without a cache (the dev server) each body is
 * kept once rendered.
 */
export function articleBodiesOnDemand(content: Pick<PublishedContent, 'sources'>, session: BuildSession): ArticleBodies {
  return bodiesFrom(jobsOf(content, session), new Map());
}

function bodiesFrom(jobs: ReadonlyMap<string, MarkdownJob>, ahead: ReadonlyMap<string, Promise<void>>): ArticleBodies {
  let renderer: ReturnType<typeof createMarkdownRenderer> | undefined;
  const kept = new Map<string, Promise<string>>();
  const renderHere = async (job: MarkdownJob): Promise<string> => {
    renderer ??= createMarkdownRenderer();
    return (await renderer)(job);
  };
  return {
    body: (slug) => {
      const job = jobs.get(slug);
      if (job === undefined) return Promise.reject(new Error(`no published article has the slug "${slug}"`));
      const remembered = kept.get(slug);
      if (remembered !== undefined) return remembered;
      // A body a worker is rendering is read from the cache once the worker has written it.
      const html = forArticle(job.file ?? job.filePath, 'body', async () => {
        await ahead.get(slug);
        return renderThroughCache(job, renderHere);
      });
      if (job.cacheFile === undefined) kept.set(slug, html);
      return html;
    },
  };
}

/**
 * Starts rendering, on worker threads, every body a build's cache does not hold yet, in the
 * published order (newest first: the order pages, feeds and the search index ask for them), so
 * the Markdown work runs on the other cores while this one renders pages. Each worker writes
 * the HTML into the cache, and a body is read from there when asked: no HTML waits in memory.
 * A small site, a rebuild, or a one-core machine renders on demand instead.
 */
export function startRenderingBodies(content: Pick<PublishedContent, 'sources'>, session: BuildSession): ArticleBodies {
  const jobs = jobsOf(content, session);
  // The cache listed once rather than a look per body: an archive holds a hundred thousand.
  const cached = session.bodyCache === undefined ? new Set<string>() : namesInFolder(session.bodyCache.dir);
  const toRender = [...jobs.values()].filter((job) => job.cacheFile !== undefined && !cached.has(basename(job.cacheFile)));
  if (toRender.length < WORKER_THRESHOLD || availableParallelism() < 2) return bodiesFrom(jobs, new Map());

  const settle = new Map<string, { resolve: () => void; reject: (error: unknown) => void }>();
  const ahead = new Map<string, Promise<void>>();
  for (const job of toRender) {
    const ready = new Promise<void>((resolve, reject) => settle.set(job.id, { resolve, reject }));
    // Failures reach whoever asks for the body; one nobody asks for must not crash the process.
    ready.catch(() => undefined);
    ahead.set(job.id, ready);
  }
  // One thread fewer than the cores: the main thread keeps one to render pages.
  const threads = Math.max(1, availableParallelism() - 1);
  runInWorkers<MarkdownJob, string>(
    sourceWorkerUrl(session.root, 'src/build/markdown/markdown-worker.ts'),
    undefined,
    batchesOf(toRender, BATCH_SIZE),
    threads,
    (ids) => {
      for (const id of ids) settle.get(id)?.resolve();
    },
    WORKER_LIMITS,
  ).catch((error: unknown) => {
    for (const pending of settle.values()) pending.reject(error);
  });
  return bodiesFrom(jobs, ahead);
}
