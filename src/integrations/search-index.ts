import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordPhase } from '../build/session/build-timings.ts';
import { finishSearchIndex, openSearchIndex } from '../build/search/search-index.ts';

/**
 * Search that works offline on the static output. The articles are handed to Pagefind as
 * soon as they are known (src/data/build-outputs.ts); Pagefind indexes them in its own
 * process while pages render, and the index is moved into the site when the build is done.
 * The index is split into parts (src/lib/search/search-shards.ts); a part the output
 * folder already holds with the same key is kept, so a rebuild indexes only what changed.
 */
export function searchIndexIntegration(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'dispatch-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // Not in dist/, which Astro owns until the build is done; moved there at the end.
        openSearchIndex(join(cacheDir, `pagefind-${process.pid}`), outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { articles, shards, indexed } = await finishSearchIndex(fileURLToPath(dir));
        recordPhase('search index (waiting for Pagefind, after the pages)', performance.now() - started);
        logger.info(`search index of ${articles} articles in ${shards} part(s): ${indexed} indexed, ${shards - indexed} unchanged since the last build`);
      },
    },
  };
}
