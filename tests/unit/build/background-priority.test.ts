import { describe, expect, it } from 'vitest';
import { yieldToOtherThreads } from '../../../src/build/workers/background-priority.ts';
import { batchesOf, runInWorkers } from '../../../src/build/workers/worker-pool.ts';
import { threadNice } from '../../support/thread-nice.ts';

const WORKER = new URL('../../support/priority-worker.ts', import.meta.url);
const onLinux = process.platform === 'linux';

describe('yieldToOtherThreads', () => {
  it.skipIf(!onLinux)('gives a worker thread the lowest priority and leaves the thread that renders the pages as it was', async () => {
    const before = threadNice();
    const answers = await runInWorkers<number, { lowered: boolean; nice: number }>(WORKER, undefined, batchesOf([1, 2], 1), 2);
    expect(answers).toHaveLength(2);
    for (const answer of answers) expect(answer).toEqual({ lowered: true, nice: 19 });
    expect(threadNice()).toBe(before);
  });

  it('changes nothing where a thread has no priority of its own', () => {
    const before = onLinux ? threadNice() : undefined;
    for (const platform of ['darwin', 'win32', 'freebsd'] as const) expect(yieldToOtherThreads(platform)).toBe(false);
    if (onLinux) expect(threadNice()).toBe(before);
  });
});
