import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';

/** The project root, where the scripts run from as `npm run` runs them. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** The wire fixtures: fictional stories written for these tests. */
export const WIRE_FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/wire');

/** What a script printed and how it exited. */
export interface ScriptRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one of scripts/*.ts with this Node, from the project root. */
export function runScript(script: string, args: readonly string[]): ScriptRun {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding the given files (path → text or bytes), removed after the test; returns its path. */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'dispatch-script-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}
