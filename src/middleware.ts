import { defineMiddleware } from 'astro:middleware';
import { getArticleBody } from './data/article-bodies.ts';
import { getPublishedArticles } from './data/articles.ts';
import { startShareImages } from './data/share-images.ts';
import { searchDocument } from './lib/search/search-document.ts';
import { needsSearchIndex, startSearchIndex } from './search/search-index-session.ts';
import { siteConfig } from './site.config.ts';

/**
 * Starts the build's outputs that are not pages, from the first page Astro renders (the
 * first point where the published articles can be read): the search index, built by
 * Pagefind in its own process, and the share images not yet cached, drawn on worker
 * threads. Both run on other cores while this one renders pages; their integrations
 * finish them when the build is done. Outside a build (the dev server) this does nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered && needsSearchIndex()) {
    const published = await getPublishedArticles();
    if (needsSearchIndex()) {
      startSearchIndex(published, async (item) => searchDocument(item.article, await getArticleBody(item), siteConfig));
      startShareImages(published.map(({ article }) => article));
    }
  }
  return next();
});
