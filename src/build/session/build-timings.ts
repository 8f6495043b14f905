// Phase timings of one build, for the benchmark, shared by the content loader,
// integrations and pages of the build.
import { processGlobal } from '../../lib/process-global.ts';

type Timings = Map<string, number>;

const shared = processGlobal<Timings>('build-timings');

function timings(): Timings {
  let current = shared.get();
  if (!current) {
    current = new Map();
    shared.set(current);
  }
  return current;
}

/** Adds `ms` to the running total of a build phase. */
export function recordPhase(phase: string, ms: number): void {
  timings().set(phase, (timings().get(phase) ?? 0) + ms);
}

/** Runs `work`, adding the time it took to a build phase. */
export async function measurePhase<T>(phase: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordPhase(phase, performance.now() - started);
  }
}

/** Every phase's total so far, in milliseconds, in the order first recorded. */
export function phaseTotals(): Record<string, number> {
  return Object.fromEntries([...timings()].map(([phase, ms]) => [phase, Math.round(ms)]));
}
