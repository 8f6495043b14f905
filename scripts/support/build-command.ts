// The benchmark measures the build `npm run build` runs: the same environment variables and
// Node flags, read from package.json, so a setting added there is measured and one removed is not.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How Node is started by a build script of the form `[NAME=value …] node [flags] node_modules/astro/bin/astro.mjs build`. */
export function parseBuildScript(script: string): { env: Record<string, string>; nodeFlags: string[] } {
  const match = /^((?:\w+=\S+\s+)*)node((?:\s+--[\w-]+(?:=\S+)?)*)\s+node_modules\/astro\/bin\/astro\.mjs build$/.exec(script.trim());
  if (match === null) throw new Error(`package.json: scripts.build must run "[NAME=value …] node [flags] node_modules/astro/bin/astro.mjs build", found "${script}"`);
  const words = (text: string | undefined): string[] => (text ?? '').trim().split(/\s+/).filter(Boolean);
  const env = Object.fromEntries(words(match[1]).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  return { env, nodeFlags: words(match[2]) };
}

/** How package.json's build script starts Node. */
export function buildCommand(projectRoot: string): { env: Record<string, string>; nodeFlags: string[] } {
  const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  return parseBuildScript(scripts['build'] ?? '');
}

/** V8's heap limit in bytes of a Node process started with no flags: the default the build must not exceed. */
export function defaultHeapLimitBytes(nodePath: string): number {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const result = spawnSync(nodePath, ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit'], { env, encoding: 'utf8' });
  return Number(result.stdout.trim());
}
