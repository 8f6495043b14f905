// The benchmark measures the build `npm run build` runs: the same Node flags, read from
// package.json, so a flag added there is measured and one removed is not.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Node flags of package.json's build script (`node <flags> node_modules/astro/bin/astro.mjs build`). */
export function buildNodeFlags(projectRoot: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const match = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+node_modules\/astro\/bin\/astro\.mjs build\b/.exec(scripts['build'] ?? '');
  if (match === null) throw new Error(`package.json: scripts.build must run "node [flags] node_modules/astro/bin/astro.mjs build", found "${scripts['build'] ?? ''}"`);
  return (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
}

/** V8's heap limit in bytes of a Node process started with no flags: the default the build must not exceed. */
export function defaultHeapLimitBytes(nodePath: string): number {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const result = spawnSync(nodePath, ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit'], { env, encoding: 'utf8' });
  return Number(result.stdout.trim());
}
