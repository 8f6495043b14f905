// Phase timings of one build, for the benchmark. Kept on globalThis because Astro runs the
// content loader, integrations and page modules as separate module instances in one process.
const KEY = Symbol.for('dispatch.build-timings');

type Timings = Map<string, number>;

function timings(): Timings {
  const store = globalThis as unknown as Record<symbol, Timings | undefined>;
  store[KEY] ??= new Map();
  return store[KEY];
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
