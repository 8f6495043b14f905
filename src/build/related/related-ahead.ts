import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { byNewest } from '../../lib/article.ts';
import type { ArticleFrontMatter } from '../../lib/content/article-schema.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import { articleFromSource, directionsOnce, type StoredArticle } from '../site-plan/articles-from-sources.ts';
import { relatedCacheEntry, relatedCacheFile, storedUnderKey } from './related-cache.ts';
import { editorsStories, relatedJobOf, runRelatedJob, termCacheDir, type RelatedResult } from './related-links.ts';
import { runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';

// Below this many articles the links take less time than a thread costs to start and feed.
const AHEAD_THRESHOLD = 2000;

/** One checked article file as the content loader stored it: what the related links are begun from. */
export interface CheckedArticleFile {
  readonly slug: string;
  /** Relative to the project root. */
  readonly file: string;
  /** The content layer's digest of the file's text, as stored. */
  readonly digest: string;
  readonly frontMatter: ArticleFrontMatter;
}

/** Where and by which code the related links begun ahead are kept: the build's, as the plan's own. */
export interface RelatedAheadSetting {
  readonly site: SiteConfig;
  readonly root: string;
  readonly cacheDir: string;
  readonly sourcesDigest: string;
}

/**
 * The related links begun ahead, with the key of what they were made from (`relatedCacheEntry`'s):
 * the plan uses them only when its own job has the very same key. No `result` when the last
 * build's links, kept in the cache folder, already have that key: nothing was computed.
 */
export interface RelatedAhead {
  readonly key: string;
  readonly result?: RelatedResult;
}

// The engine's job reads no fact of the body (word count, summary): an article made for it need not read its body.
const NO_BODY_FACTS = { wordCount: 0, summary: '' };

/**
 * The related links (and stories) of the published articles, computed on a worker thread from
 * the files the content loader checked, while this thread stores them, Vite bundles the pages
 * and the plan makes its articles: the links are the plan's longest step after an edit, and
 * would otherwise start only once the plan's articles are made. Undefined on a site too small
 * to be worth a thread, on a machine with one core, and in a first build (no links kept in the
 * cache folder), which reads every body for its articles anyway: begun beside it, the links
 * would read them all a second time, on the core the plan's articles use. Resolves to undefined
 * when the work could not be done ahead (an article the plan will refuse, naming its file): the
 * plan then computes the links itself.
 */
export function beginRelatedAhead(files: readonly CheckedArticleFile[], setting: RelatedAheadSetting): Promise<RelatedAhead | undefined> | undefined {
  if (files.length < AHEAD_THRESHOLD || availableParallelism() < 2 || !existsSync(relatedCacheFile(setting.cacheDir))) return undefined;
  const url = sourceWorkerUrl(setting.root, 'src/build/related/related-ahead-worker.ts');
  return runInWorkers<readonly CheckedArticleFile[], RelatedAhead>(url, setting, [[files]], 1).then(
    ([ahead]) => ahead,
    () => undefined,
  );
}

/**
 * The work of `beginRelatedAhead`, on its thread: the engine's job made as the plan makes it
 * (the published articles newest first, each body as its file and digest, the editors'
 * stories), its key, and the links unless the cache folder already holds them under that key.
 */
export function relatedAhead(files: readonly CheckedArticleFile[], { site, root, cacheDir, sourcesDigest }: RelatedAheadSetting): RelatedAhead {
  const directionOf = directionsOnce();
  const published = files
    .map((file) => {
      const source: StoredArticle = { slug: file.slug, file: file.file, frontMatter: file.frontMatter, bodyPath: join(root, file.file), facts: NO_BODY_FACTS };
      return { article: articleFromSource(source, site, directionOf).article, body: { digest: file.digest, path: source.bodyPath, file: file.file } };
    })
    // A build publishes no draft (the dev server, which shows them, has no cache to begin for).
    .filter(({ article }) => !article.draft)
    .sort((a, b) => byNewest(a.article, b.article));
  const storyOf = editorsStories(published);
  const job = relatedJobOf(published, site, { dir: termCacheDir(cacheDir), salt: sourcesDigest }, storyOf);
  const entry = relatedCacheEntry(cacheDir, sourcesDigest, { job, storyOf });
  // The plan reads them itself (and computes them, should the file not read back whole).
  if (storedUnderKey(entry)) return { key: entry.key };
  return { key: entry.key, result: runRelatedJob(job) };
}
