import { searchDocument } from '../lib/search/search-document.ts';
import { needsSearchIndex, startSearchIndex } from '../build/search/search-index.ts';
import { siteConfig } from '../site.config.ts';
import { getArticleBody } from '../build/markdown/article-bodies.ts';
import type { PublishedArticle } from './articles.ts';
import { getSearchShards } from '../build/search/search-shards.ts';
import { startShareImages } from '../build/share-images/share-images.ts';

/**
 * Starts the build's outputs that are not pages as soon as the published articles are
 * known (the article route's getStaticPaths, before any page renders): the search index,
 * made by Pagefind in its own process, and the share images not yet cached, drawn on worker
 * threads. Both run on other cores while this one prepares and renders pages; their
 * integrations finish them when the build is done. Outside a build (the dev server), and
 * after the first call, this does nothing.
 */
export async function startBuildOutputs(published: readonly PublishedArticle[]): Promise<void> {
  if (needsSearchIndex()) {
    startSearchIndex(await getSearchShards(), published, (item) => item.article.slug, async (item) => searchDocument(item.article, await getArticleBody(item), siteConfig));
  }
  startShareImages(published.map(({ article }) => article));
}
