// npm run build:sharded -- --shards N [--parallel P] [--move]
// Builds the site as a CI matrix would, on this machine: the site plan, then N shards as
// separate processes (P at a time, 1 unless given), then the merge into dist/ (or
// DISPATCH_OUT_DIR); with --move the merge moves the shards' files as a CI merge job does,
// the shards keep no copies of their pages (--no-incremental) as CI shard jobs need not, and
// the next build renders every shard's pages again. Prints what each step took; logs go
// to the shards folder.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_SHARDS } from '../src/lib/shards/build-part.ts';
import { runShardedBuild } from './support/sharded-build.ts';

const { values } = parseArgs({ options: { shards: { type: 'string' }, parallel: { type: 'string', default: '1' }, move: { type: 'boolean', default: false } } });

function count(flag: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > MAX_SHARDS) {
    console.error(`build:sharded: --${flag} must be a whole number from 1 to ${MAX_SHARDS}, not "${text ?? ''}" (npm run build:sharded -- --shards 4 --parallel 2)`);
    process.exit(2);
  }
  return value;
}

const shards = count('shards', values.shards);
const parallel = count('parallel', values.parallel);
const projectRoot = resolve(import.meta.dirname, '..');
const logDir = resolve(projectRoot, process.env['DISPATCH_SHARDS_DIR'] ?? 'dist-shards');
mkdirSync(logDir, { recursive: true });
try {
  const build = await runShardedBuild({
    projectRoot,
    shards,
    parallel,
    env: {},
    logDir,
    move: values.move,
    onStep: (step) => console.log(`${step.name.padEnd(16)} ${step.seconds.toFixed(1).padStart(7)} s  peak RSS ${step.peakTreeRssMb.toFixed(0).padStart(5)} MB`),
  });
  console.log(`${'all steps'.padEnd(16)} ${build.wallSeconds.toFixed(1).padStart(7)} s on this machine (${parallel} shard(s) at a time)`);
  console.log(`${'critical path'.padEnd(16)} ${build.criticalPathSeconds.toFixed(1).padStart(7)} s on ${shards} machines (plan + slowest shard + merge)`);
} catch (error) {
  console.error(`build:sharded: ${(error as Error).message}`);
  process.exit(1);
}
