// The worker thread of pre-compression ahead (src/build/output/precompress-ahead.ts): writes
// each page's `.br` and `.gz` into the staging folder, at the lowest priority.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { yieldToOtherThreads } from '../workers/background-priority.ts';
import type { AheadJob } from './precompress-ahead.ts';
import { brotliText, gzipText, SIBLING_SUFFIX } from './text-compression.ts';

const { stagingDir } = workerData as { stagingDir: string };
// Nothing waits for these before the build's last step; the pages and the bodies do wait.
yieldToOtherThreads();

parentPort?.on('message', ({ name, page }: AheadJob) => {
  const bytes = new Uint8Array(page);
  writeFileSync(join(stagingDir, `${name}${SIBLING_SUFFIX.br}`), brotliText(bytes));
  writeFileSync(join(stagingDir, `${name}${SIBLING_SUFFIX.gzip}`), gzipText(bytes));
  parentPort?.postMessage(name);
});
