import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stopProcess, waitUntilAnswering, type RunningServer } from './server-process.ts';

/** Where Debian's Caddy lives (`CADDY_PATH` to use another). */
export const CADDY_PATH = process.env['CADDY_PATH'] ?? '/usr/bin/caddy';

/** Caddy's environment for a run in `home`: its own home and config/data folders, nothing of the user's. */
export function caddyEnvironment(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), ...extra };
}

/** Fails, naming Debian's package, when Caddy is missing: the tests never skip it silently. */
export function requireCaddy(): void {
  if (!existsSync(CADDY_PATH)) throw new Error(`Caddy is not installed at ${CADDY_PATH}: install Debian's package with \`apt-get install -y caddy\` (.ci/run does)`);
}

/** What `caddy adapt` (with `--validate`) and `caddy validate` made of a Caddyfile: the JSON config when both passed. */
export interface CaddyCheck {
  readonly ok: boolean;
  readonly json: unknown;
  readonly output: string;
}

/** Runs `caddy adapt --validate` and `caddy validate` over a Caddyfile's text, in a temp home, with `env` set. */
export function checkCaddyfile(text: string, env: Record<string, string> = {}): CaddyCheck {
  requireCaddy();
  const home = mkdtempSync(join(tmpdir(), 'dispatch-caddy-check-'));
  try {
    const file = join(home, 'Caddyfile');
    writeFileSync(file, text);
    const run = (args: readonly string[]) => spawnSync(CADDY_PATH, args, { cwd: home, env: caddyEnvironment(home, env), encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    const adapted = run(['adapt', '--adapter', 'caddyfile', '--config', file, '--validate']);
    const validated = run(['validate', '--adapter', 'caddyfile', '--config', file]);
    const ok = adapted.status === 0 && validated.status === 0;
    return { ok, json: ok ? JSON.parse(adapted.stdout) : undefined, output: `${adapted.stderr}${validated.stdout}${validated.stderr}` };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * Serves a built site (`root`, with the `_deploy/Caddyfile` its build wrote) with Debian's
 * Caddy on 127.0.0.1. The Caddyfile is used as written: its address and folder come from the
 * environment (DISPATCH_SITE_ADDRESS, DISPATCH_ROOT), and a small main Caddyfile imports it with
 * the admin endpoint off.
 */
export async function startCaddy(root: string): Promise<RunningServer> {
  requireCaddy();
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'dispatch-caddy-'));
  const main = join(home, 'Caddyfile');
  writeFileSync(main, ['{', '\tadmin off', '}', '', `import ${join(root, '_deploy/Caddyfile')}`, ''].join('\n'));
  const origin = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn(CADDY_PATH, ['run', '--adapter', 'caddyfile', '--config', main], {
    cwd: home,
    env: caddyEnvironment(home, { DISPATCH_SITE_ADDRESS: origin, DISPATCH_ROOT: root }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const close = async (): Promise<void> => {
    await stopProcess(child);
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(origin, child, () => output.join('').slice(-4000));
  } catch (error) {
    await close();
    throw error;
  }
  return { origin, close };
}
