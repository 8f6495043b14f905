import { currentBuildSession, type BuildSession } from './build-session.ts';

/** Adds `ms` to the running total of a build phase (nothing outside a session). */
export function recordPhase(phase: string, ms: number): void {
  const timings = currentBuildSession()?.timings;
  timings?.set(phase, (timings.get(phase) ?? 0) + ms);
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

/** Every phase's total in a session, in milliseconds, in the order first recorded. */
export function phaseTotals(session: BuildSession): Record<string, number> {
  return Object.fromEntries([...session.timings].map(([phase, ms]) => [phase, Math.round(ms)]));
}
