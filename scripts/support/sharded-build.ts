// A sharded build on one machine: the plan, then N shards as separate processes (P at a
// time), then the merge; each step measured, as a CI matrix would run them on N machines.
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import pMap from 'p-map';
import { buildCommand } from './build-command.ts';
import { runMeasured, type MeasuredRun } from './measure-process-tree.ts';

/** One step of a sharded build and what it cost. */
export interface ShardedStep {
  readonly name: string;
  readonly seconds: number;
  readonly peakTreeRssMb: number;
  readonly cpuSeconds: number;
}

/** What a sharded build cost: each step, and the critical path of N machines (plan + slowest shard + merge). */
export interface ShardedBuild {
  readonly plan: ShardedStep;
  readonly shards: readonly ShardedStep[];
  readonly merge: ShardedStep;
  readonly wallSeconds: number;
  readonly criticalPathSeconds: number;
}

/**
 * Runs `astro build --plan`, `astro build --shard I/N` for each shard (`parallel` at a time)
 * and `astro build --merge --shards N [--move]` in `projectRoot`, as `npm run build` starts Node, with
 * `env` added. Each step's output goes to `<logDir>/<step>.log`; throws naming the step that
 * failed, with the end of its output.
 */
export async function runShardedBuild(options: {
  projectRoot: string;
  shards: number;
  parallel: number;
  env: NodeJS.ProcessEnv;
  logDir: string;
  nodeArgs?: readonly string[];
  /** The merge moves the shards' files instead of copying them (`--move`), as a CI merge job does; the shards then keep no copies for a next build (`--no-incremental`). */
  move?: boolean;
  onStep?: (step: ShardedStep) => void;
}): Promise<ShardedBuild> {
  const shardsDir = resolve(options.projectRoot, options.env['DISPATCH_SHARDS_DIR'] ?? process.env['DISPATCH_SHARDS_DIR'] ?? 'dist-shards');
  // Astro bundles a build whose output folder is outside the project in the project's own
  // .astro/ folder: two such builds at once would overwrite each other's code.
  if (options.parallel > 1 && relative(options.projectRoot, shardsDir).startsWith('..'))
    throw new Error(`shards built side by side must write inside the project, and ${shardsDir} is outside it: set DISPATCH_SHARDS_DIR to a folder in the project, or build one shard at a time`);
  const { env: buildEnv, nodeFlags } = buildCommand(options.projectRoot);
  const astro = join(options.projectRoot, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  const step = async (name: string, args: readonly string[]): Promise<ShardedStep> => {
    const run: MeasuredRun = await runMeasured(process.execPath, [...nodeFlags, ...(options.nodeArgs ?? []), astro, 'build', ...args], {
      cwd: options.projectRoot,
      env: { ...process.env, ...buildEnv, ...options.env },
    });
    const log = join(options.logDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.log`);
    writeFileSync(log, `${run.stdout}\n${run.stderr}`);
    if (run.status !== 0) throw new Error(`${name} failed (exit ${String(run.status)}; whole output in ${log}):\n${`${run.stdout}\n${run.stderr}`.slice(-3000)}`);
    const measured = { name, seconds: run.seconds, peakTreeRssMb: run.peakTreeRss / 2 ** 20, cpuSeconds: run.cpuSeconds };
    options.onStep?.(measured);
    return measured;
  };
  // With each shard's cut of the plan, so that a shard reads only what its pages print.
  const plan = await step('plan', ['--plan', '--shards', String(options.shards)]);
  const indexes = Array.from({ length: options.shards }, (_, i) => i + 1);
  // A moving merge is how a CI build merges: its shards run as the CI shard jobs do, on
  // runners thrown away after them, and keep no copy of their pages for a next build.
  const moving = options.move === true;
  const used = moving ? ['--no-incremental'] : [];
  const shards = await pMap(indexes, (index) => step(`shard ${index} of ${options.shards}`, ['--shard', `${index}/${options.shards}`, ...used]), {
    concurrency: options.parallel,
  });
  const merge = await step('merge', ['--merge', '--shards', String(options.shards), ...(moving ? ['--move'] : [])]);
  const slowest = Math.max(...shards.map((shard) => shard.seconds));
  return { plan, shards, merge, wallSeconds: (performance.now() - started) / 1000, criticalPathSeconds: plan.seconds + slowest + merge.seconds };
}
