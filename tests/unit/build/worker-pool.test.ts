import { describe, expect, it } from 'vitest';
import type { ResourceLimits } from 'node:worker_threads';
import { batchesOf, runInWorkers, threadName } from '../../../src/build/workers/worker-pool.ts';

const WORKER = new URL('../../support/limits-worker.ts', import.meta.url);
const NAMED_WORKER = new URL('../../support/thread-name-worker.ts', import.meta.url);

describe('runInWorkers', () => {
  it('starts each worker with the resource limits it is given', async () => {
    const limits = await runInWorkers<number, ResourceLimits>(WORKER, undefined, batchesOf([1, 2, 3], 1), 2, undefined, { maxYoungGenerationSizeMb: 48 });
    expect(limits).toHaveLength(3);
    for (const limit of limits) expect(limit.maxYoungGenerationSizeMb).toBe(48);
  });

  it('leaves the limits to V8 when given none', async () => {
    const [limit] = await runInWorkers<number, ResourceLimits>(WORKER, undefined, [[1]], 1);
    expect(limit?.maxYoungGenerationSizeMb).toBeGreaterThan(0);
    expect(limit?.maxYoungGenerationSizeMb).not.toBe(48);
  });

  it('starts no thread when there is no batch to run', async () => {
    // A module that does not exist: a thread started from it would fail.
    await expect(runInWorkers(new URL('../../support/no-such-worker.ts', import.meta.url), undefined, [], 2)).resolves.toEqual([]);
    await expect(runInWorkers(new URL('../../support/no-such-worker.ts', import.meta.url), undefined, [[1]], 2)).rejects.toThrow();
  });

  it('sends no batch once its signal aborts, finishing the ones under way', async () => {
    const stop = new AbortController();
    const answered: number[] = [];
    const results = await runInWorkers<number, string>(
      NAMED_WORKER,
      undefined,
      batchesOf([1, 2, 3, 4, 5, 6], 1),
      1,
      (_results, seq) => {
        answered.push(seq);
        if (seq === 1) stop.abort();
      },
      undefined,
      stop.signal,
    );
    expect(answered).toEqual([0, 1]);
    expect(results).toEqual([]);
    // Aborted before it starts: no thread (one from a module that does not exist would fail).
    await expect(runInWorkers(new URL('../../support/no-such-worker.ts', import.meta.url), undefined, [[1]], 2, undefined, undefined, stop.signal)).resolves.toEqual([]);
  });

  it('names each thread after its module, so profiles and heap logs say which thread is which', async () => {
    const names = await runInWorkers<number, string>(NAMED_WORKER, undefined, batchesOf([1, 2], 1), 2);
    expect(names).toEqual(['thread-name-worker', 'thread-name-worker']);
  });
});

describe('threadName', () => {
  it.each([
    ['file:///site/src/build/related/related-worker.ts', 'related-worker'],
    ['file:///site/dist/markdown-worker.mjs', 'markdown-worker'],
    ['file:///site/worker.cjs', 'worker'],
    ['file:///site/a.worker.js', 'a.worker'],
    ['file:///site/no-suffix', 'no-suffix'],
  ])('%s runs on a thread named %s', (url, name) => {
    expect(threadName(new URL(url))).toBe(name);
  });
});
