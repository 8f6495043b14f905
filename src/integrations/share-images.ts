import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { recordPhase } from '../build/session/build-timings.ts';
import { openShareImageSession, publishShareImages } from '../build/share-images/publish-share-images.ts';

/**
 * Publishes every article's share image beside its page: planned as soon as the articles
 * are known (src/data/build-outputs.ts), drawn on worker threads when not cached, and copied
 * from the cache into the site when the build is done, outside Astro's page pipeline.
 */
export function shareImagesIntegration(): AstroIntegration {
  return {
    name: 'dispatch-share-images',
    hooks: {
      'astro:build:start': () => {
        openShareImageSession();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { published, drawn } = await publishShareImages(fileURLToPath(dir));
        recordPhase('share images (waiting for drawing, copying)', performance.now() - started);
        logger.info(`${published} share images published, ${drawn} drawn (the rest from .cache/)`);
      },
    },
  };
}
