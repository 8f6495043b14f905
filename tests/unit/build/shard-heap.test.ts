import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitShardHeapGrowth } from '../../../src/build/session/shard-heap.ts';
import type { BuildPart } from '../../../src/lib/shards/build-part.ts';

const MODULE = join(import.meta.dirname, '../../../src/build/session/shard-heap.ts');

// In a process of its own (the flag is the whole process's): keeps about 130 MB alive, collects
// once so that V8 sizes the heap's next growth from that live set (left to itself, it sized it
// from whatever it caught mid-way, and a whole build's peak wandered by a fifth between runs),
// makes a few hundred MB of garbage beside it, and prints the largest the heap grew.
function peakHeapMb(part: BuildPart): { flag: string | null; peak: number } {
  const script = `
    import { getHeapStatistics } from 'node:v8';
    import { limitShardHeapGrowth } from ${JSON.stringify(MODULE)};
    const flag = limitShardHeapGrowth(${JSON.stringify(part)}) ?? null;
    const live = [];
    for (let i = 0; i < 1.5e6; i++) live.push({ n: i, text: 'kept ' + i });
    globalThis.gc();
    let peak = 0;
    for (let round = 0; round < 150; round++) {
      const garbage = [];
      for (let i = 0; i < 2e5; i++) garbage.push({ n: i, text: 'dropped ' + i });
      peak = Math.max(peak, getHeapStatistics().total_heap_size);
    }
    console.log(JSON.stringify({ flag, peak: Math.round(peak / 2 ** 20), live: live.length }));
  `;
  const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { flag: string | null; peak: number };
}

describe('limitShardHeapGrowth: a shard collects its garbage sooner, other builds keep V8’s pace', () => {
  it('lets a shard’s heap grow far less past what it keeps alive than a whole build’s', () => {
    const whole = peakHeapMb({ kind: 'whole' });
    const shard = peakHeapMb({ kind: 'shard', index: 1, count: 4 });
    expect(whole.flag).toBeNull();
    expect(shard.flag).toBe('--heap-growing-percent=40');
    // With the flag well under the whole build's, even on a loaded machine; without it about the same.
    expect(shard.peak).toBeLessThan(whole.peak * 0.85);
  }, 60_000);

  // No flag set for these, so they can be asked here, in this process.
  it.each<[string, BuildPart]>([
    ['a whole build', { kind: 'whole' }],
    ['the plan', { kind: 'plan' }],
    ['the merge', { kind: 'merge', count: 4, move: false }],
  ])('leaves %s as it is', (_what, part) => {
    expect(limitShardHeapGrowth(part)).toBeUndefined();
  });
});
