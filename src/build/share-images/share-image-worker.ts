// A worker thread that draws share images into the cache, so a cold build draws them on
// other cores while the main thread renders pages.
import { parentPort, workerData } from 'node:worker_threads';
import { yieldToOtherThreads } from '../workers/background-priority.ts';
import { serveBatches } from '../workers/worker-pool.ts';
import { forArticle } from '../../lib/for-article.ts';
import type { CardSize } from '../../lib/share-image/share-card.ts';
import type { ShareCardContent } from '../../lib/share-image/share-card-content.ts';
import { createShareImageStore, type ShareImageStoreOptions } from './share-image-store.ts';

/** One card to draw, and the article file it is for (named in errors). */
export interface ShareImageJob {
  readonly content: ShareCardContent;
  readonly size: CardSize;
  readonly file: string;
}

const store = createShareImageStore(workerData as ShareImageStoreOptions);
// Nothing waits for a share image before the build's last step, while the pages wait for the
// related links and the bodies: drawing takes only the CPU those leave idle.
yieldToOtherThreads();

if (parentPort) {
  serveBatches(
    parentPort,
    async (job: ShareImageJob) => {
      await forArticle(job.file, 'share image', () => store.image(job.content, job.size));
      return true;
    },
    (_job, error) => (error instanceof Error ? error.message : String(error)),
  );
}
