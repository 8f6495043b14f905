// The targets of issue 8 (scale and speed), checked against one benchmark run's figures.

/** What one benchmark run measured, as far as the targets need it. */
export interface RunFigures {
  readonly articles: number;
  readonly wallSeconds: number;
  readonly peakRssMb: number;
  /** The run drew every share image (an empty image cache). */
  readonly coldImages: boolean;
  readonly rebuildSeconds?: number | undefined;
  /** The 10,000-article figures of the same tags mode, from docs/benchmarks.md, to compare growth. */
  readonly tenThousand?: { readonly wallSeconds: number; readonly peakRssMb: number } | undefined;
  /** V8's heap limit in the build, in MB. */
  readonly heapLimitMb: number;
  /** V8's heap limit of a Node process started without flags, in MB. */
  readonly defaultHeapLimitMb: number;
  /** The Node flags and NODE_OPTIONS the build ran with, to show. */
  readonly nodeFlags: string;
}

/** One target, what was measured against it and whether it was met. */
export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

/** 1 GB, in the megabytes (2^20 bytes) the benchmark prints. */
export const MEMORY_LIMIT_MB = 1000;

/** The targets that apply to a run of this size, each checked. */
export function checkTargets(run: RunFigures): TargetResult[] {
  const results: TargetResult[] = [];
  const seconds = (s: number) => `${s.toFixed(1)} s`;
  // Measured, not read from flags: a smaller young generation lowers the limit, a larger old one raises it.
  const raised = !(run.heapLimitMb <= run.defaultHeapLimitMb);
  const flags = run.nodeFlags === '' ? 'no heap flags' : `flags "${run.nodeFlags}"`;
  results.push({ target: 'no raised heap limit', measured: `heap limit ${Math.round(run.heapLimitMb)} MB, Node's default ${Math.round(run.defaultHeapLimitMb)} MB (${flags})`, met: !raised });
  if (run.coldImages) {
    results.push({ target: 'every share image drawn in under 3 minutes', measured: seconds(run.wallSeconds), met: run.wallSeconds < 180 });
    return results;
  }
  if (run.articles === 10_000) {
    results.push({ target: '10,000 articles in under 40 s', measured: seconds(run.wallSeconds), met: run.wallSeconds < 40 });
    results.push({ target: `peak RSS under 1 GB (${MEMORY_LIMIT_MB} MB)`, measured: `${run.peakRssMb} MB`, met: run.peakRssMb < MEMORY_LIMIT_MB });
    if (run.rebuildSeconds !== undefined) results.push({ target: 'rebuild after editing one article in under 10 s', measured: seconds(run.rebuildSeconds), met: run.rebuildSeconds < 10 });
  }
  if (run.articles > 10_000) {
    results.push({ target: `all ${run.articles.toLocaleString('en')} articles without running out of memory`, measured: `built, peak RSS ${run.peakRssMb} MB`, met: true });
    if (run.tenThousand === undefined) {
      results.push({ target: 'under 2.1× the time of 10,000 articles', measured: 'no 10,000-article row in docs/benchmarks.md to compare with', met: false });
    } else {
      const time = run.wallSeconds / run.tenThousand.wallSeconds;
      const memory = run.peakRssMb / run.tenThousand.peakRssMb;
      results.push({ target: `under 2.1× the time of 10,000 articles (${seconds(run.tenThousand.wallSeconds)})`, measured: `${time.toFixed(2)}×`, met: time < 2.1 });
      results.push({ target: `under 2.1× the peak RSS of 10,000 articles (${run.tenThousand.peakRssMb} MB)`, measured: `${memory.toFixed(2)}×`, met: memory < 2.1 });
    }
  }
  return results;
}

/** Reads the 10,000-article row of a tags mode from docs/benchmarks.md's table. */
export function tenThousandRow(markdown: string, tags: string): { wallSeconds: number; peakRssMb: number } | undefined {
  const row = markdown.split('\n').find((line) => line.startsWith(`| 10000 | ${tags} |`));
  if (row === undefined) return undefined;
  const cells = row.split('|').map((cell) => cell.trim());
  // | articles | tags | wall s | ms/article | peak RSS MB (build) | …
  const wallSeconds = Number(cells[3]);
  const peakRssMb = Number(cells[5]);
  return Number.isFinite(wallSeconds) && Number.isFinite(peakRssMb) ? { wallSeconds, peakRssMb } : undefined;
}
