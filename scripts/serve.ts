// npm run serve -- [--port 4321] [--host localhost] [--dir dist]
// Serves a built site as production does: the headers (CSP with frame-ancestors, HSTS, …),
// the aliases' 301s, the trailing-slash redirects, the 404 page with status 404, the caching
// and the pre-compressed files, all from the rules the build wrote (dist/_deploy/). `npm start`
// builds, then runs this. PORT in the environment is the port when --port is not given;
// DISPATCH_OUT_DIR the folder when --dir is not.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startProductionServer } from '../src/build/serve/production-server.ts';

const USAGE = 'usage: npm run serve -- [--port 4321] [--host localhost] [--dir dist]';

function fail(message: string, code = 2): never {
  console.error(`serve: ${message}${code === 2 ? `\n${USAGE}` : ''}`);
  process.exit(code);
}

function readArgs() {
  try {
    return parseArgs({ options: { port: { type: 'string' }, host: { type: 'string', default: 'localhost' }, dir: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { values } = readArgs();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const portText = values.port ?? process.env['PORT'] ?? '4321';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) fail(`the port must be a whole number from 0 to 65535, not "${portText}"`);
// npm runs scripts from the project root; a folder is read from where the command was typed.
const cwd = process.env['INIT_CWD'] ?? process.cwd();
// Without --dir, the folder `npm run build` writes: DISPATCH_OUT_DIR (from the project root, as Astro reads it) or dist/.
const root = values.dir === undefined ? resolve(import.meta.dirname, '..', process.env['DISPATCH_OUT_DIR'] ?? 'dist') : resolve(cwd, values.dir);

async function start() {
  try {
    return await startProductionServer({ root, port, host: values.host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'EADDRINUSE' ? `port ${port} is taken: stop what uses it or pass --port` : (error as Error).message, 1);
  }
}

const server = await start();
console.log(`Serving ${root} as production does at ${server.origin}/ (Ctrl+C stops)`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
