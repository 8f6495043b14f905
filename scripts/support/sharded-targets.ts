// The sharded build's targets (issue 17), checked against one sharded run beside the single
// build of the same articles.
import type { Target } from './bench-targets.ts';

/** What a sharded benchmark run measured, with the single build it is compared with. */
export interface ShardedFigures {
  readonly articles: number;
  readonly shards: number;
  /** Peak resident memory of each shard's whole process tree, in MB, shard 1 first. */
  readonly shardPeakTreeRssMb: readonly number[];
  /** Plan + slowest shard + merge: the wall time of a build on one machine per shard. */
  readonly criticalPathSeconds: number;
  /** The cold single build of the same articles (none in a `--sharded-only` run). */
  readonly singleSeconds?: number;
}

/** 1.5 GB per shard, in the MB (2^20 bytes) the benchmark prints, counted as 1 GB is counted (1,000 MB). */
export const SHARD_MEMORY_LIMIT_MB = 1500;

/** The most the critical path of a sharded build may take, against a single build. */
export const CRITICAL_PATH_RATIO_LIMIT = 0.35;

/** The targets of a sharded run, in the order they print. */
export const SHARDED_TARGETS: readonly Target<ShardedFigures>[] = [
  {
    issue: 'issue 17',
    applies: (run) => run.shardPeakTreeRssMb.length > 0,
    check: (run) => {
      const worst = Math.max(...run.shardPeakTreeRssMb);
      return {
        target: `each shard's peak RSS (process tree) ≤ 1.5 GB (${SHARD_MEMORY_LIMIT_MB} MB), ${run.shards} shards of ${run.articles.toLocaleString('en')} articles`,
        measured: `${run.shardPeakTreeRssMb.map((mb) => Math.round(mb)).join(', ')} MB; the most ${Math.round(worst)} MB`,
        met: worst <= SHARD_MEMORY_LIMIT_MB,
      };
    },
  },
  {
    issue: 'issue 17',
    applies: (run) => run.singleSeconds !== undefined,
    check: (run) => {
      const single = run.singleSeconds ?? Number.NaN;
      const ratio = run.criticalPathSeconds / single;
      return {
        target: `critical path on ${run.shards} machines (plan + slowest shard + merge) ≤ ${CRITICAL_PATH_RATIO_LIMIT} × the single build (${single.toFixed(1)} s)`,
        measured: `${run.criticalPathSeconds.toFixed(1)} s, ${ratio.toFixed(2)}×`,
        met: ratio <= CRITICAL_PATH_RATIO_LIMIT,
      };
    },
  },
];
