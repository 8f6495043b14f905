import { describe, expect, it } from 'vitest';
import type { ResourceLimits } from 'node:worker_threads';
import { batchesOf, runInWorkers } from '../../../src/build/workers/worker-pool.ts';

const WORKER = new URL('../../support/limits-worker.ts', import.meta.url);

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
});
