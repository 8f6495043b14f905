import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stopProcess, waitUntilAnswering, type RunningServer } from './server-process.ts';

/** Where Debian's nginx lives (`NGINX_PATH` to use another). */
export const NGINX_PATH = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

/** Fails, naming Debian's package, when nginx is missing: the tests never skip it silently. */
export function requireNginx(): void {
  if (!existsSync(NGINX_PATH)) throw new Error(`nginx is not installed at ${NGINX_PATH}: install Debian's package with \`apt-get install -y nginx\` (.ci/run does)`);
}

/** The main config around a site's file, with what Debian's nginx.conf gives the files it includes, all paths in `prefix`. */
function mainConfig(prefix: string, site: string): string {
  return [
    // As root, nginx's workers would run as `nobody`, which cannot enter the 0700 temp folders the
    // tests build sites in; a loopback test server may as well keep root's rights (ignored otherwise).
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    `    access_log ${join(prefix, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `    ${temp}_temp_path ${join(prefix, temp)};`),
    `    include ${site};`,
    '}',
    '',
  ].join('\n');
}

/** `nginx -t` over a config for the http context: whether nginx would load it, and what it said. */
export function checkNginxConfig(config: string): { readonly ok: boolean; readonly output: string } {
  requireNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'dispatch-nginx-t-'));
  try {
    writeFileSync(join(prefix, 'site.conf'), config);
    writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, join(prefix, 'site.conf')));
    const result = spawnSync(NGINX_PATH, ['-t', '-q', '-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

/**
 * Serves a built site (`root`, with the `_deploy/nginx.conf` its build wrote) with Debian's
 * nginx on 127.0.0.1: the config's `listen` and `root` lines are replaced, everything else is
 * served as written, inside a minimal main config whose pid, logs and temp folders are in a
 * temp folder of its own.
 */
export async function startNginx(root: string): Promise<RunningServer> {
  requireNginx();
  const site = readFileSync(join(root, '_deploy/nginx.conf'), 'utf8');
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'dispatch-nginx-'));
  const served = site.replace(/^( *)listen .*$/m, `$1listen 127.0.0.1:${port};`).replace(/^( *)root .*$/m, `$1root "${root}";`);
  writeFileSync(join(prefix, 'site.conf'), served);
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, join(prefix, 'site.conf')));
  const output: string[] = [];
  const child = spawn(NGINX_PATH, ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const close = async (): Promise<void> => {
    await stopProcess(child);
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(origin, child, () => [output.join(''), existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''].join('\n'));
  } catch (error) {
    await close();
    throw error;
  }
  return { origin, close };
}
