// The benchmark's targets (issue 8: scale and speed; issue 17: archive scale), checked against
// one run's figures. Each target is a rule that says when it applies and how it is checked, so
// another script (the sharded build's, say) checks its own figures against a list of its own
// with evaluateTargets and prints them with formatTargets, and a new target is one more entry.

/** One build's figures, as far as the targets need them. */
export interface BuildFigures {
  readonly wallSeconds: number;
  /** Peak resident memory of the `astro build` process, worker threads included (Node's maxRSS), in MB. */
  readonly peakRssMb: number;
  /** Peak resident memory of the build's whole process tree (Pagefind included), in MB. */
  readonly peakTreeRssMb: number;
}

/** V8's heap limit in the build, and what it would be without flags. */
export interface HeapFigures {
  /** V8's heap limit in the build, in MB. */
  readonly limitMb: number;
  /** V8's heap limit of a Node process started without flags, in MB. */
  readonly defaultLimitMb: number;
  /** The Node flags and NODE_OPTIONS the build ran with, to show. */
  readonly nodeFlags: string;
}

/** The 10,000-article row of docs/benchmarks.md, to compare growth with. */
export interface TenThousandRow {
  readonly wallSeconds: number;
  readonly msPerArticle: number;
  readonly peakRssMb: number;
  readonly peakTreeRssMb?: number | undefined;
  readonly rebuildSeconds?: number | undefined;
}

/** What one benchmark run measured; a target whose figures are absent does not apply (or says it was not measured). */
export interface RunFigures {
  readonly articles: number;
  /** The first build started with no share image drawn (an empty image cache). */
  readonly coldImages: boolean;
  /** The first build, from clean caches. */
  readonly cold?: BuildFigures | undefined;
  /** A second build with nothing changed. */
  readonly warm?: BuildFigures | undefined;
  /** A build after one sentence was added to one article. */
  readonly rebuild?: BuildFigures | undefined;
  /** The 10,000-article figures of the same tags mode, from docs/benchmarks.md. */
  readonly tenThousand?: TenThousandRow | undefined;
  readonly heap?: HeapFigures | undefined;
  /** What a reader's search for a common word downloaded from the search index. */
  readonly searchDownload?: { readonly word: string; readonly bytes: number } | undefined;
  /** The least wall time of the bare Astro blog and of the full site, built back to back from the same articles. */
  readonly bareComparison?: { readonly bareSeconds: number; readonly fullSeconds: number } | undefined;
}

/** One target, what was measured against it and whether it was met. */
export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
  /** The issue that set the target, e.g. "issue 17". */
  readonly issue: string;
}

/** A target: the issue that set it, when it applies to a run's figures, and its check. */
export interface Target<F> {
  readonly issue: string;
  applies(figures: F): boolean;
  check(figures: F): Omit<TargetResult, 'issue'>;
}

/** 1 GB, in the megabytes (2^20 bytes) the benchmark prints. */
export const MEMORY_LIMIT_MB = 1000;

/** 3 GB, counted as MEMORY_LIMIT_MB counts 1 GB. */
export const ARCHIVE_MEMORY_LIMIT_MB = 3 * MEMORY_LIMIT_MB;

/** The archive size of issue 17's single-machine targets. */
export const ARCHIVE_ARTICLES = 100_000;

/** 500 KB of search index for a common word, in bytes (KB of 1,000 bytes: the stricter reading). */
export const SEARCH_DOWNLOAD_LIMIT_BYTES = 500_000;

/** The most the full site may cost against a bare Astro blog of the same articles. */
export const BARE_RATIO_LIMIT = 1.5;

const seconds = (s: number): string => `${s.toFixed(1)} s`;
const megabytes = (mb: number): string => `${Math.round(mb)} MB`;

/** A run's figure that a target needs but was not measured: the target is not met, and says how to measure it. */
const notMeasured = (target: string, how: string): Omit<TargetResult, 'issue'> => ({ target, measured: `not measured (${how})`, met: false });

/** A build that must take at most `limit` seconds; `how` says which option runs it when it was not run. */
const withinSeconds = (target: string, build: BuildFigures | undefined, limit: number, how: string): Omit<TargetResult, 'issue'> =>
  build === undefined ? notMeasured(target, how) : { target, measured: seconds(build.wallSeconds), met: build.wallSeconds <= limit };

// Growth from 10,000 articles was issue 8's check below the archive size; from there issue 17's own limits apply.
const growing = (run: RunFigures): boolean => run.cold !== undefined && !run.coldImages && run.articles > 10_000 && run.articles < ARCHIVE_ARTICLES;
const atTenThousand = (run: RunFigures): boolean => run.cold !== undefined && !run.coldImages && run.articles === 10_000;
const atArchiveSize = (run: RunFigures): boolean => run.cold !== undefined && run.articles === ARCHIVE_ARTICLES;

/** Every target `npm run bench` checks, in the order it prints them. */
export const BENCH_TARGETS: readonly Target<RunFigures>[] = [
  {
    issue: 'issue 8',
    applies: (run) => run.heap !== undefined,
    check: (run) => {
      const heap = run.heap ?? { limitMb: Number.NaN, defaultLimitMb: Number.NaN, nodeFlags: '' };
      // Measured, not read from flags: a smaller young generation lowers the limit, a larger old one raises it.
      const raised = !(heap.limitMb <= heap.defaultLimitMb);
      const flags = heap.nodeFlags === '' ? 'no heap flags' : `flags "${heap.nodeFlags}"`;
      return { target: 'no raised heap limit', measured: `heap limit ${Math.round(heap.limitMb)} MB, Node's default ${Math.round(heap.defaultLimitMb)} MB (${flags})`, met: !raised };
    },
  },
  {
    issue: 'issue 8',
    // At the archive size a first build draws only its budget of images, and issue 17's limits apply instead.
    applies: (run) => run.cold !== undefined && run.coldImages && run.articles < ARCHIVE_ARTICLES,
    check: (run) => {
      const wall = run.cold?.wallSeconds ?? Number.NaN;
      return { target: 'every share image drawn in under 3 minutes', measured: seconds(wall), met: wall < 180 };
    },
  },
  {
    issue: 'issues 8, 17',
    applies: atTenThousand,
    check: (run) => {
      const wall = run.cold?.wallSeconds ?? Number.NaN;
      return { target: '10,000 articles in at most 40 s', measured: seconds(wall), met: wall <= 40 };
    },
  },
  {
    issue: 'issues 8, 17',
    applies: atTenThousand,
    check: (run) => {
      // The build process, as issue 8 measured it; the tree (Pagefind, workers) is shown beside it.
      const { peakRssMb = Number.NaN, peakTreeRssMb = Number.NaN } = run.cold ?? {};
      return { target: `peak RSS of the build at most 1 GB (${MEMORY_LIMIT_MB} MB)`, measured: `${megabytes(peakRssMb)} (whole tree ${megabytes(peakTreeRssMb)})`, met: peakRssMb <= MEMORY_LIMIT_MB };
    },
  },
  {
    issue: 'issues 8, 17',
    applies: atTenThousand,
    check: (run) => withinSeconds('rebuild after editing one article in at most 10 s', run.rebuild, 10, 'add --rebuild'),
  },
  {
    issue: 'issue 8',
    applies: growing,
    check: (run) => ({
      target: `all ${run.articles.toLocaleString('en')} articles without running out of memory`,
      measured: `built, peak RSS ${megabytes(run.cold?.peakRssMb ?? Number.NaN)}`,
      met: true,
    }),
  },
  {
    issue: 'issue 8',
    applies: growing,
    check: (run) => {
      if (run.tenThousand === undefined) return { target: 'under 2.1× the time of 10,000 articles', measured: 'no 10,000-article row in docs/benchmarks.md to compare with', met: false };
      const time = (run.cold?.wallSeconds ?? Number.NaN) / run.tenThousand.wallSeconds;
      return { target: `under 2.1× the time of 10,000 articles (${seconds(run.tenThousand.wallSeconds)})`, measured: `${time.toFixed(2)}×`, met: time < 2.1 };
    },
  },
  {
    issue: 'issue 8',
    applies: growing,
    check: (run) => {
      if (run.tenThousand === undefined) return { target: 'under 2.1× the peak RSS of 10,000 articles', measured: 'no 10,000-article row in docs/benchmarks.md to compare with', met: false };
      const memory = (run.cold?.peakRssMb ?? Number.NaN) / run.tenThousand.peakRssMb;
      return { target: `under 2.1× the peak RSS of 10,000 articles (${megabytes(run.tenThousand.peakRssMb)})`, measured: `${memory.toFixed(2)}×`, met: memory < 2.1 };
    },
  },
  {
    issue: 'issue 17',
    applies: atArchiveSize,
    check: (run) => {
      const target = '100,000 articles, first build from nothing, in at most 10 minutes';
      // Only a build that started with no share image drawn shows what the image budget costs.
      if (!run.coldImages) return notMeasured(target, 'the share-image cache was kept: start with an empty one, --cold-images');
      const wall = run.cold?.wallSeconds ?? Number.NaN;
      return { target, measured: seconds(wall), met: wall <= 600 };
    },
  },
  {
    issue: 'issue 17',
    applies: atArchiveSize,
    check: (run) => {
      const tree = run.cold?.peakTreeRssMb ?? Number.NaN;
      return { target: `100,000 articles, first build: peak RSS of the process tree at most 3 GB (${ARCHIVE_MEMORY_LIMIT_MB} MB)`, measured: megabytes(tree), met: tree <= ARCHIVE_MEMORY_LIMIT_MB };
    },
  },
  {
    issue: 'issue 17',
    applies: atArchiveSize,
    check: (run) => withinSeconds('100,000 articles, second build with nothing changed, in at most 5 minutes', run.warm, 300, 'add --warm'),
  },
  {
    issue: 'issue 17',
    applies: atArchiveSize,
    check: (run) => withinSeconds('100,000 articles, build after editing one article in at most 30 s', run.rebuild, 30, 'add --rebuild'),
  },
  {
    issue: 'issue 17',
    applies: (run) => run.bareComparison !== undefined,
    check: (run) => {
      const { bareSeconds, fullSeconds } = run.bareComparison ?? { bareSeconds: Number.NaN, fullSeconds: Number.NaN };
      const ratio = fullSeconds / bareSeconds;
      return {
        target: `full site at most ${BARE_RATIO_LIMIT}× a bare Astro blog (${run.articles.toLocaleString('en')} articles)`,
        measured: `${ratio.toFixed(2)}× (${seconds(fullSeconds)} against ${seconds(bareSeconds)})`,
        met: ratio <= BARE_RATIO_LIMIT,
      };
    },
  },
  {
    issue: 'issue 17',
    applies: (run) => run.searchDownload !== undefined,
    check: (run) => {
      const { word, bytes } = run.searchDownload ?? { word: '', bytes: Number.NaN };
      return {
        target: `at most 500 KB of search index for a common word ("${word}", ${run.articles.toLocaleString('en')} articles)`,
        measured: `${(bytes / 1000).toFixed(1)} KB`,
        met: bytes <= SEARCH_DOWNLOAD_LIMIT_BYTES,
      };
    },
  },
];

/** The targets of `targets` that apply to `figures`, each checked, in the list's order. */
export function evaluateTargets<F>(figures: F, targets: readonly Target<F>[]): TargetResult[] {
  return targets.filter((target) => target.applies(figures)).map((target) => ({ ...target.check(figures), issue: target.issue }));
}

/** The targets of `npm run bench` that apply to a run, each checked. */
export function checkTargets(run: RunFigures): TargetResult[] {
  return evaluateTargets(run, BENCH_TARGETS);
}

/** Checked targets as printed lines: `met` or `NOT MET`, the target, the measured figure and the issue. */
export function formatTargets(results: readonly TargetResult[]): string[] {
  return results.map(({ target, measured, met, issue }) => `  ${met ? 'met    ' : 'NOT MET'}  ${target}: ${measured} (${issue})`);
}

/** A cell of a markdown table row as a number, or undefined when it is empty, a dash or not a number. */
function numberCell(cells: readonly string[], index: number): number | undefined {
  const cell = cells[index];
  if (cell === undefined || cell === '' || cell === '–' || cell === '-') return undefined;
  const value = Number(cell);
  return Number.isFinite(value) ? value : undefined;
}

/** Reads the 10,000-article row of a tags mode from docs/benchmarks.md's table, finding each column by its heading. */
export function tenThousandRow(markdown: string, tags: string): TenThousandRow | undefined {
  const lines = markdown.split('\n');
  const header = lines.find((line) => line.startsWith('| articles |'));
  const row = lines.find((line) => line.startsWith(`| 10000 | ${tags} |`));
  if (header === undefined || row === undefined) return undefined;
  const headings = header.split('|').map((cell) => cell.trim());
  const cells = row.split('|').map((cell) => cell.trim());
  const column = (heading: string) => numberCell(cells, headings.indexOf(heading));
  const wallSeconds = column('wall s');
  const peakRssMb = column('peak RSS MB (build)');
  if (wallSeconds === undefined || peakRssMb === undefined) return undefined;
  return {
    wallSeconds,
    msPerArticle: column('ms/article') ?? (wallSeconds * 1000) / 10_000,
    peakRssMb,
    peakTreeRssMb: column('peak RSS MB (with Pagefind, workers)'),
    rebuildSeconds: column('rebuild after one edit s'),
  };
}

/** How a run's time per article compares with the 10,000 row's: the ratio, above 1 when each article costs more. */
export function perArticleRatio(wallSeconds: number, articles: number, row: TenThousandRow): number {
  return (wallSeconds * 1000) / articles / row.msPerArticle;
}
