import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { recordSitemapFacts } from '../build/sitemap-facts.ts';
import { takeLoadedBody } from '../lib/content/loaded-bodies.ts';
import { readArticleBody } from '../build/content/read-article-files.ts';
import { byNewest, toArticleWithText, type Article } from '../lib/article.ts';
import { forArticle } from '../lib/for-article.ts';
import { markdownToPlainText } from '../lib/plain-text.ts';
import { measurePhase } from '../build/session/build-timings.ts';
import { sitemapFacts } from '../lib/sitemap/lastmod.ts';
import { siteConfig } from '../site.config.ts';

/** A published article with the collection entry its body is rendered from. */
export type PublishedArticle = {
  readonly article: Article;
  readonly entry: CollectionEntry<'articles'>;
};

let cached: Promise<PublishedArticle[]> | undefined;
// The plain text of every published body (slug → text), made with the articles and kept
// only until the related-links engine takes it.
let bodyTexts: Map<string, string> | undefined;

/**
 * Every article this build publishes, newest first: drafts only on the dev server.
 * Read and converted once per build, however many pages ask.
 */
export function getPublishedArticles(): Promise<PublishedArticle[]> {
  cached ??= measurePhase('content: to domain articles', load);
  return cached;
}

/**
 * The plain text of every published article's body, by slug, for the related-links engine.
 * Handed over once and then forgotten, since nothing else needs it; a second asker (a module
 * reloaded on the dev server) gets it made again from the files.
 */
export async function takeBodyTexts(): Promise<ReadonlyMap<string, string>> {
  const published = await getPublishedArticles();
  const texts = bodyTexts;
  bodyTexts = undefined;
  return texts ?? new Map(published.map(({ article, entry }) => [article.slug, forArticle(article.file, 'body', () => markdownToPlainText(readBody(entry)))]));
}

async function load(): Promise<PublishedArticle[]> {
  const entries = await getCollection('articles');
  // One article that cannot be made stops the build naming its file, not the build's own code.
  const made = entries
    .map((entry) => ({ entry, ...forArticle(fileOf(entry), 'article', () => toArticleWithText({ slug: entry.id, file: fileOf(entry), frontMatter: entry.data, body: readBody(entry) }, siteConfig)) }))
    .filter(({ article }) => import.meta.env.DISPATCH_SHOW_DRAFTS || !article.draft)
    .sort((a, b) => byNewest(a.article, b.article));
  bodyTexts = new Map(made.map(({ article, bodyText }) => [article.slug, bodyText]));
  const published = made.map(({ entry, article }) => ({ entry, article }));
  recordSitemapFacts(sitemapFacts(published.map(({ article }) => article), siteConfig));
  return published;
}

function fileOf(entry: CollectionEntry<'articles'>): string {
  return entry.filePath ?? entry.id;
}

// The store holds no bodies (src/collections/articles-loader.ts): the body the loader just
// read, or the file's (builds run from the project root, where entries' paths are relative to).
function readBody(entry: CollectionEntry<'articles'>): string {
  return takeLoadedBody(entry.id, String(entry.digest ?? '')) ?? readArticleBody(join(process.cwd(), entry.filePath ?? entry.id));
}
