import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArticleBodyCache, pruneArticleBodyCache } from '../build/markdown/article-body-cache.ts';

/**
 * Keeps every article body's rendered HTML in the build's cache folder, so a rebuild after
 * an edit renders only the bodies that changed (the search index still needs every body).
 * Builds only: the dev server renders on request. Bodies the build did not use are pruned.
 */
export function articleBodyCacheIntegration(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  return {
    name: 'dispatch-article-body-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        openArticleBodyCache(join(cacheDir, 'article-bodies'), root);
      },
      'astro:build:done': () => {
        pruneArticleBodyCache();
      },
    },
  };
}
