import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../lib/article.ts';
import { forArticle } from '../../lib/for-article.ts';
import { markdownToPlainText } from '../../lib/plain-text.ts';
import type { BodyTextSource } from '../../lib/related/body-text.ts';
import { findRelated, termReadingOf } from '../../lib/related/find-related.ts';
import { prefillTermChunks } from '../../lib/related/term-chunks.ts';
import type { RelatedInput, RelatedLink, RelatedOptions } from '../../lib/related/types.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import { findStories, type Story } from '../../lib/stories/find-stories.ts';
import { namedThingsByChunk, prefillNamedThings } from '../../lib/stories/named-things.ts';
import { readArticleBody } from '../content/read-article-files.ts';
import { runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';
import { shareBodyTexts, sharedBodyText, type SharedBodyTexts } from './shared-body-texts.ts';
import { termChunkFolder, type TermChunkSummary } from './term-chunk-store.ts';

// From this many articles the links are computed on a worker thread, so this one meanwhile
// checks pictures and plans the search index; below it, starting the worker costs more than it frees.
const WORKER_THRESHOLD = 2000;

/** Where the engine keeps the words it read, in chunks, for the next build: a folder of the cache, and the digest of the code that read them. */
export interface TermCache {
  readonly dir: string;
  readonly salt: string;
}

/**
 * Where the engine reads an article's body when it must (its chunk of words or named things is
 * not kept): its file (absolute, and as the build names it), the digest of the file, which keys
 * what is kept, and the body's plain text when the plan read it anyway.
 */
export interface BodyFile {
  readonly digest: string;
  readonly path: string;
  readonly file: string;
  readonly text?: string;
}

/** One article of the engine's job: its body as text or as its file, which a worker thread can be sent. */
export type JobArticle = Omit<RelatedInput, 'bodyText'> & { readonly bodyText: string | BodyFile };

/** The whole site's articles and the engine's options: one job per build. */
export interface RelatedJob {
  readonly articles: readonly JobArticle[];
  readonly options: RelatedOptions;
  /** Absent: every article's words are read, and none kept. */
  readonly termCache?: TermCache;
  /** The editors' `story` of each article that has one, by slug: with it, the stories are found too, from the links. */
  readonly storyOf?: ReadonlyMap<string, string>;
  /** The bodies' texts of a job sent to worker threads (`forWorkers`), whose body files then carry none. */
  readonly texts?: SharedBodyTexts;
}

/** The related links of every article, and how much of the site's words came from the last build. */
export interface RelatedResult {
  readonly links: Map<string, RelatedLink[]>;
  /** Present when the job had `storyOf`. */
  readonly stories?: Story[];
  readonly terms?: TermChunkSummary;
}

/** An article of the plan and where its body is (with its plain text when the plan read it). */
export interface ArticleWithBody {
  readonly article: Article;
  readonly body: BodyFile;
}

/** The engine's job for every published article (newest first, with where their bodies are), and the stories' when `storyOf` is given. */
export function relatedJobOf(published: readonly ArticleWithBody[], site: SiteConfig, termCache?: TermCache, storyOf?: ReadonlyMap<string, string>): RelatedJob {
  return {
    articles: published.map(({ article, body }) => ({
      slug: article.slug,
      title: article.title,
      standfirst: article.standfirst ?? '',
      bodyText: body,
      tags: article.tags,
      section: article.section.slug,
      date: article.published,
      pinned: article.pinnedRelated,
    })),
    options: { limit: site.relatedLimit },
    ...(termCache === undefined ? {} : { termCache }),
    ...(storyOf === undefined ? {} : { storyOf }),
  };
}

/** The editors' `story` of each published article that has one, by slug: what the stories start from. */
export function editorsStories(published: readonly ArticleWithBody[]): Map<string, string> {
  return new Map(published.flatMap(({ article }) => (article.story === undefined ? [] : [[article.slug, article.story] as const])));
}

/** The folder of the cache where the engine keeps the words it read. */
export function termCacheDir(cacheDir: string): string {
  return join(cacheDir, 'related-terms');
}

/**
 * Runs the engine on a job, on this thread, then finds the stories when the job asks for them:
 * with the job's chunks of words and named things taken from and kept in its cache, whose
 * other files are then let go.
 */
export function runRelatedJob(job: RelatedJob): RelatedResult {
  const store = job.termCache === undefined ? undefined : termChunkFolder(job.termCache.dir, job.termCache.salt);
  const articles = inputsOf(job);
  const links = findRelated(articles, store === undefined ? job.options : { ...job.options, termStore: store });
  const { storyOf } = job;
  const stories =
    storyOf === undefined
      ? undefined
      : findStories(
          articles.map(({ slug, date, title, standfirst, bodyText }) => ({ slug, date, title, standfirst, bodyText, story: storyOf.get(slug) })),
          links,
          store === undefined ? {} : { names: namedThingsByChunk(articles, store) },
        );
  store?.forgetOthers();
  return { links, ...(stories === undefined ? {} : { stories }), ...(store === undefined ? {} : { terms: store.summary() }) };
}

/** How many chunks of words and of named things a second thread read ahead for a job (`prefillRelatedJob`). */
export interface PrefillResult {
  readonly terms: number;
  readonly names: number;
}

/**
 * Reads ahead, into the job's cache, the chunks of words (and of named things, when the job
 * finds stories) that runRelatedJob will want, from the last chunk back, and stops where the
 * cache has them: on a second thread while runRelatedJob reads from the first chunk on
 * (prefillTermChunks, prefillNamedThings). Nothing without a cache.
 */
export function prefillRelatedJob(job: RelatedJob): PrefillResult {
  if (job.termCache === undefined) return { terms: 0, names: 0 };
  const store = termChunkFolder(job.termCache.dir, job.termCache.salt);
  const articles = inputsOf(job);
  const { docs, tuning } = termReadingOf(articles, job.options);
  const terms = prefillTermChunks(docs, tuning, store);
  return { terms, names: job.storyOf === undefined ? 0 : prefillNamedThings(articles, store) };
}

// Each body is read at most once, by the first that needs it (the words, then the named things).
function inputsOf(job: RelatedJob): RelatedInput[] {
  return job.articles.map((article, i) => ({ ...article, bodyText: typeof article.bodyText === 'string' ? article.bodyText : bodySource(article.bodyText, job.texts, i) }));
}

/**
 * A body read the first time it is asked for, then kept: the text the plan gave (in the body
 * file, or in `texts` at `index` once sent to a worker), else read from its file; a failure names the file.
 */
function bodySource(body: BodyFile, texts: SharedBodyTexts | undefined, index: number): BodyTextSource {
  let text = body.text;
  return {
    digest: body.digest,
    read: () => (text ??= (texts === undefined ? undefined : sharedBodyText(texts, index)) ?? forArticle(body.file, 'body', () => markdownToPlainText(readArticleBody(body.path)))),
  };
}

// The job as worker threads are sent it: the bodies' texts in one buffer they share, not a copy of each for every thread.
function forWorkers(job: RelatedJob): RelatedJob {
  const texts = shareBodyTexts(job.articles.map(({ bodyText }) => (typeof bodyText === 'string' ? undefined : bodyText.text)));
  if (texts === undefined) return job;
  const articles = job.articles.map((article) => {
    if (typeof article.bodyText === 'string' || article.bodyText.text === undefined) return article;
    const { text: _sent, ...body } = article.bodyText;
    return { ...article, bodyText: body };
  });
  return { ...job, articles, texts };
}

/**
 * Related links of a site's articles (and their stories, when the job asks), for the site
 * plan; `root` is the project's, where the workers' source is. With `secondThread` (a step
 * whose other core is idle meanwhile: a sharded build's plan), a second worker reads half the
 * chunks of words, and the named things, ahead into the job's cache (`prefillRelatedJob`).
 */
export async function computeRelatedLinks(job: RelatedJob, root: string, secondThread = false): Promise<RelatedResult> {
  if (job.articles.length < WORKER_THRESHOLD || availableParallelism() < 2) return runRelatedJob(job);
  const sent = forWorkers(job);
  if (!secondThread || job.termCache === undefined) return onWorker(sent, root);
  const [result, prefilled] = await Promise.all([onWorker(sent, root), prefillOnWorker(sent, root)]);
  return { ...result, ...(result.terms === undefined ? {} : { terms: withPrefilled(result.terms, prefilled) }) };
}

async function prefillOnWorker(job: RelatedJob, root: string): Promise<PrefillResult> {
  const [result] = await runInWorkers<RelatedJob, PrefillResult>(sourceWorkerUrl(root, 'src/build/related/related-prefill-worker.ts'), undefined, [[job]], 1);
  if (result === undefined) throw new Error('related links: the thread reading ahead answered nothing');
  return result;
}

// The engine's summary counts a chunk another thread read this build as taken from the cache: it was read from the articles.
function withPrefilled(terms: TermChunkSummary, prefilled: PrefillResult): TermChunkSummary {
  const ahead = Math.min(prefilled.terms, terms.kept);
  return { ...terms, kept: terms.kept - ahead, read: terms.read + ahead };
}

async function onWorker(job: RelatedJob, root: string): Promise<RelatedResult> {
  const [result] = await runInWorkers<RelatedJob, RelatedResult>(sourceWorkerUrl(root, 'src/build/related/related-worker.ts'), undefined, [[job]], 1);
  if (result === undefined) throw new Error('related links: the worker thread answered nothing');
  return result;
}

/** The build's log line about the words the engine kept (undefined: no cache was used). */
export function termCacheReport(articles: number, terms: TermChunkSummary | undefined): string | undefined {
  if (terms === undefined) return undefined;
  const chunks = terms.kept + terms.read;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const line =
    terms.kept === 0
      ? `words of ${articles} articles: read in ${plural(chunks, 'chunk')}, none in the cache`
      : `words of ${articles} articles in ${plural(chunks, 'chunk')}: ${terms.kept} from the cache, ${terms.read} read from the articles`;
  return terms.problem === undefined ? line : `${line}; not kept for the next build (${terms.problem})`;
}
