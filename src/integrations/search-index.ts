import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { recordPhase } from '../lib/build-timings.ts';

/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so search works
 * offline on the static output. Only elements marked `data-pagefind-body` (article text)
 * are indexed; headlines and standfirsts carry higher weights in the markup.
 */
export function searchIndexIntegration(): AstroIntegration {
  return {
    name: 'dispatch-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        recordPhase('search index (Pagefind)', performance.now() - started);
        logger.info(`indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
