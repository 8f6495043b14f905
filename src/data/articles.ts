import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { readArticleBody } from '../lib/content/read-article-files.ts';
import { byNewest, toArticle, type Article } from '../lib/article.ts';
import { measurePhase } from '../lib/build-timings.ts';
import { siteConfig } from '../site.config.ts';

/** A published article with the collection entry its body is rendered from. */
export type PublishedArticle = {
  readonly article: Article;
  readonly entry: CollectionEntry<'articles'>;
};

let cached: Promise<PublishedArticle[]> | undefined;

/**
 * Every article this build publishes, newest first: drafts only on the dev server.
 * Read and converted once per build, however many pages ask.
 */
export function getPublishedArticles(): Promise<PublishedArticle[]> {
  cached ??= measurePhase('content: to domain articles', load);
  return cached;
}

async function load(): Promise<PublishedArticle[]> {
  const entries = await getCollection('articles');
  return entries
    .map((entry) => ({
      entry,
      // The store holds no bodies (src/collections/articles-loader.ts); builds run from the
      // project root, where entries' paths are relative to.
      article: toArticle({ slug: entry.id, file: entry.filePath ?? entry.id, frontMatter: entry.data, body: readArticleBody(join(process.cwd(), entry.filePath ?? entry.id)) }, siteConfig),
    }))
    .filter(({ article }) => import.meta.env.DISPATCH_SHOW_DRAFTS || !article.draft)
    .sort((a, b) => byNewest(a.article, b.article));
}
