import { availableParallelism } from 'node:os';
import { toArticleFromFacts, toArticleWithText, type Article, type ArticleEntry, type BodyFacts } from '../../lib/article.ts';
import { forArticle } from '../../lib/for-article.ts';
import { languageDirection } from '../../lib/i18n/language.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import { readArticleBody } from '../content/read-article-files.ts';
import { batchesOf, runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';

/**
 * One stored article as the plan makes it: an article entry whose body is still in its file
 * (`bodyPath`, absolute), with its body's facts when an earlier build kept them for this very file.
 */
export type StoredArticle = Omit<ArticleEntry, 'body'> & { readonly bodyPath: string; readonly facts?: BodyFacts };

/** An article as the plan made it, with its body's plain text when the body was read (its facts were not kept). */
export interface MadeArticle {
  readonly article: Article;
  readonly bodyText?: string;
}

// Below this many articles a thread costs more to start and feed than it saves.
const WORKER_THRESHOLD = 2000;
// Articles a thread makes between two looks at its messages: the other thread's next batch waits on them.
const BATCH_SIZE = 500;

/** A language's writing direction that works each language out once (an `Intl.Locale` maximised), for one run over many articles. */
export function directionsOnce(): (lang: string) => 'ltr' | 'rtl' {
  const directions = new Map<string, 'ltr' | 'rtl'>();
  return (lang) => {
    let direction = directions.get(lang);
    if (direction === undefined) directions.set(lang, (direction = languageDirection(lang)));
    return direction;
  };
}

/** One article made from its source (dates in the site's zone; its body read for its plain text unless its facts were kept); a failure names its file. */
export function articleFromSource(source: StoredArticle, site: SiteConfig, directionOf: (lang: string) => 'ltr' | 'rtl'): MadeArticle {
  const { facts } = source;
  return forArticle(source.file, 'article', () =>
    facts === undefined
      ? toArticleWithText({ slug: source.slug, file: source.file, frontMatter: source.frontMatter, body: readArticleBody(source.bodyPath) }, site, directionOf)
      : { article: toArticleFromFacts(source, facts, site, directionOf) },
  );
}

/**
 * Every source made into an article (with its plain text when its body was read), in the sources' order. On a big site
 * with a second core, the second half is made on a worker thread
 * (src/build/site-plan/article-worker.ts) while this thread makes the first: nothing else runs
 * yet when the plan starts. `root` is the project's, where the worker's source is.
 */
export async function articlesFromSources(sources: readonly StoredArticle[], site: SiteConfig, root: string, threshold: number = WORKER_THRESHOLD): Promise<MadeArticle[]> {
  const directionOf = directionsOnce();
  if (sources.length < threshold || availableParallelism() < 2) return sources.map((source) => articleFromSource(source, site, directionOf));
  const half = Math.ceil(sources.length / 2);
  const onWorker = runInWorkers<StoredArticle, MadeArticle>(sourceWorkerUrl(root, 'src/build/site-plan/article-worker.ts'), site, batchesOf(sources.slice(half), BATCH_SIZE), 1);
  const here: MadeArticle[] = [];
  try {
    for (const batch of batchesOf(sources.slice(0, half), BATCH_SIZE)) {
      for (const source of batch) here.push(articleFromSource(source, site, directionOf));
      // Lets the worker's answer in, so that it is sent its next batch at once.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    // The worker is left to finish its half (it stops after), so that no thread outlives the build.
    await Promise.allSettled([onWorker]);
    throw error;
  }
  return [...here, ...(await onWorker)];
}
