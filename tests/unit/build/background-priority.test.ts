import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { yieldChildProcesses, yieldToOtherThreads } from '../../../src/build/workers/background-priority.ts';
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

/** The nice value of every thread of a Linux process, from /proc. */
function processNice(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((thread) => {
    const stat = readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

describe('yieldChildProcesses', () => {
  it.skipIf(!onLinux)('gives the child processes of one name the lowest priority, and leaves the others and this process as they were', async () => {
    const before = threadNice();
    const helper = spawn('sleep', ['30']);
    const other = spawn('cat', [], { stdio: 'pipe' });
    try {
      // The child shows its own command name once it has started.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(yieldChildProcesses('sleep')).toBe(1);
      expect(processNice(helper.pid ?? 0)).toEqual([19]);
      expect(processNice(other.pid ?? 0)).toEqual([before]);
      expect(threadNice()).toBe(before);
      expect(yieldChildProcesses('no-such-helper')).toBe(0);
    } finally {
      helper.kill();
      other.kill();
    }
  });

  it('lowers nothing where a thread has no priority of its own', () => {
    for (const platform of ['darwin', 'win32', 'freebsd'] as const) expect(yieldChildProcesses('sleep', platform)).toBe(0);
  });
});
