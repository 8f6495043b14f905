import { availableParallelism } from 'node:os';
import type { RelatedJob } from './related-worker.ts';
import { runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';
import { measurePhase } from '../session/build-timings.ts';
import { findRelated } from '../../lib/related/find-related.ts';
import type { RelatedLink } from '../../lib/related/types.ts';
import { siteConfig } from '../../site.config.ts';
import { getPublishedArticles, takeBodyTexts } from '../../data/articles.ts';

// From this many articles the links are computed on a worker thread (≈2 s at 10,000, during
// which the search index is fed); below it, starting the worker costs more than it frees.
const WORKER_THRESHOLD = 2000;

let cached: Promise<Map<string, RelatedLink[]>> | undefined;

/** Related links of every published article, computed once per build, not once per page. */
export function getRelatedLinks(): Promise<Map<string, RelatedLink[]>> {
  cached ??= Promise.all([getPublishedArticles(), takeBodyTexts()]).then(([published, texts]) => {
    const job: RelatedJob = {
      articles: published.map(({ article }) => ({
        slug: article.slug,
        title: article.title,
        standfirst: article.standfirst ?? '',
        bodyText: texts.get(article.slug) ?? '',
        tags: article.tags,
        section: article.section.slug,
        date: article.published,
        pinned: article.pinnedRelated,
      })),
      options: { limit: siteConfig.relatedLimit },
    };
    return measurePhase('related links', () => (job.articles.length >= WORKER_THRESHOLD && availableParallelism() > 1 ? onWorker(job) : findRelated(job.articles, job.options)));
  });
  return cached;
}

async function onWorker(job: RelatedJob): Promise<Map<string, RelatedLink[]>> {
  const [links] = await runInWorkers<RelatedJob, Map<string, RelatedLink[]>>(sourceWorkerUrl('src/build/related/related-worker.ts'), undefined, [[job]], 1);
  if (links === undefined) throw new Error('related links: the worker thread answered nothing');
  return links;
}
