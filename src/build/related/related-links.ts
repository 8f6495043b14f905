import { availableParallelism } from 'node:os';
import type { ArticleWithText } from '../../lib/article.ts';
import { findRelated } from '../../lib/related/find-related.ts';
import type { RelatedLink } from '../../lib/related/types.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import { runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';
import type { RelatedJob } from './related-worker.ts';

// From this many articles the links are computed on a worker thread, so this one meanwhile
// checks pictures and plans the search index; below it, starting the worker costs more than it frees.
const WORKER_THRESHOLD = 2000;

/** The engine's job for every published article (newest first, with their bodies' plain text). */
export function relatedJobOf(published: readonly ArticleWithText[], site: SiteConfig): RelatedJob {
  return {
    articles: published.map(({ article, bodyText }) => ({
      slug: article.slug,
      title: article.title,
      standfirst: article.standfirst ?? '',
      bodyText,
      tags: article.tags,
      section: article.section.slug,
      date: article.published,
      pinned: article.pinnedRelated,
    })),
    options: { limit: site.relatedLimit },
  };
}

/** Related links of a site's articles, for the site plan; `root` is the project's, where the worker's source is. */
export function computeRelatedLinks(job: RelatedJob, root: string): Promise<Map<string, RelatedLink[]>> {
  return job.articles.length >= WORKER_THRESHOLD && availableParallelism() > 1 ? onWorker(job, root) : Promise.resolve(findRelated(job.articles, job.options));
}

async function onWorker(job: RelatedJob, root: string): Promise<Map<string, RelatedLink[]>> {
  const [links] = await runInWorkers<RelatedJob, Map<string, RelatedLink[]>>(sourceWorkerUrl(root, 'src/build/related/related-worker.ts'), undefined, [[job]], 1);
  if (links === undefined) throw new Error('related links: the worker thread answered nothing');
  return links;
}
