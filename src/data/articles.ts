import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, toArticle, type Article } from '../lib/article.ts';
import { recordSitemapFacts } from '../build/sitemap-facts.ts';
import { measurePhase } from '../lib/build-timings.ts';
import { sitemapFactsOfArticles } from '../lib/sitemap/lastmod.ts';
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
  const published = entries
    .map((entry) => ({
      entry,
      article: toArticle({ slug: entry.id, file: entry.filePath ?? entry.id, frontMatter: entry.data, body: entry.body ?? '' }, siteConfig),
    }))
    .filter(({ article }) => import.meta.env.DISPATCH_SHOW_DRAFTS || !article.draft)
    .sort((a, b) => byNewest(a.article, b.article));
  recordSitemapFacts(sitemapFactsOfArticles(published.map(({ article }) => article), siteConfig));
  return published;
}
