import { setFlagsFromString } from 'node:v8';
import type { BuildPart } from '../../lib/shards/build-part.ts';

/**
 * How far, in percent of what survived the last full collection, V8 lets a shard's heaps
 * grow before collecting again. Left to itself V8 grows a heap by up to four times its live
 * size, and a shard holds the whole site plan and the content layer's entries, so the garbage
 * of rendering can stand on top of that for long before it is collected.
 */
export const SHARD_HEAP_GROWING_PERCENT = 40;

/**
 * For a shard, sets V8's heap growing factor (`--heap-growing-percent`, read at every full
 * collection, for the whole process: its worker threads too), so that a shard keeps to a
 * CI runner's memory. Other builds keep V8's own, faster, factor. Returns the flag set, if any.
 */
export function limitShardHeapGrowth(part: BuildPart): string | undefined {
  if (part.kind !== 'shard') return undefined;
  const flag = `--heap-growing-percent=${SHARD_HEAP_GROWING_PERCENT}`;
  setFlagsFromString(flag);
  return flag;
}
