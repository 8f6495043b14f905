// How fast this machine runs JavaScript right now, for reading the benchmark's figures: on a
// shared virtual machine the same build's time moves by a fifth or more within an hour
// (docs/benchmarks.md), and a ratio of two builds measured minutes apart moves with it. It
// catches a slower processor only: a build slowed by a shared disk or memory leaves it as it is.

const LOOP_ITERATIONS = 200_000_000;

/** Milliseconds a fixed loop of integer arithmetic takes on one core: more means a slower machine at this moment. */
export function fixedLoopMs(): number {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < LOOP_ITERATIONS; i++) sum += i % 7;
  const elapsed = performance.now() - started;
  // The sum is used, so that the loop cannot be left out.
  if (sum < 0) throw new Error('the loop overflowed');
  return elapsed;
}

/** The line the benchmark prints with `fixedLoopMs`, naming when it was taken. */
export function machineSpeedLine(when: string): string {
  return `bench: machine speed ${when}: a fixed loop of JavaScript took ${fixedLoopMs().toFixed(0)} ms (more is slower; docs/benchmarks.md compares runs by it)`;
}
