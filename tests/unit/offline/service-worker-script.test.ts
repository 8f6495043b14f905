import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerScript, WORKER_SOURCE } from '../../../src/build/offline/service-worker-script.ts';
import { workerVersion } from '../../../src/lib/offline/worker-version.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';

const source = readFileSync(join(PROJECT_ROOT, WORKER_SOURCE), 'utf8');

describe('/sw.js', async () => {
  const script = await serviceWorkerScript(source, 'v1');

  it('is at most 10 KB before compression', () => {
    expect(Buffer.byteLength(script)).toBeLessThanOrEqual(10 * 1024);
  });

  it('is a classic script (no import or export), which every browser with service workers runs', () => {
    expect(() => new Script(script)).not.toThrow();
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
  });

  it('starts the worker with its version, which names its caches', async () => {
    const listeners = new Map<string, (event: unknown) => void>();
    const opened: string[] = [];
    const self = {
      location: { origin: 'https://news.test' },
      caches: {
        open: (name: string) => {
          opened.push(name);
          return Promise.reject(new Error('no storage here'));
        },
      },
      clients: { claim: () => Promise.resolve() },
      fetch: () => Promise.reject(new Error('offline')),
      skipWaiting: () => Promise.resolve(),
      addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    };
    runInContext(script, createContext({ self, URL, Response, Headers }));
    expect([...listeners.keys()].sort()).toEqual(['activate', 'fetch', 'install']);
    let installing: Promise<unknown> | undefined;
    listeners.get('install')?.({ waitUntil: (promise: Promise<unknown>) => (installing = promise) });
    await expect(installing).rejects.toThrow('no storage here');
    expect(opened).toEqual(['dispatch-shell-v1']);
  });

  it('differs between two builds of different content, so browsers install the new worker', async () => {
    const before = await serviceWorkerScript(source, workerVersion('plan-a', 'code'));
    expect(await serviceWorkerScript(source, workerVersion('plan-a', 'code'))).toBe(before);
    expect(await serviceWorkerScript(source, workerVersion('plan-b', 'code'))).not.toBe(before);
  });

  it('refuses a worker that imports something, naming the file', async () => {
    await expect(serviceWorkerScript(`import { x } from './x.ts';\n${source}`, 'v1')).rejects.toThrow(`${WORKER_SOURCE}: import { x } from "./x.ts";`);
  });

  it('keeps no type, and the worker’s comments', () => {
    expect(script).not.toMatch(/:\s*(?:string|number|boolean|Promise<|Request\b|Response\b)\s*[,)=;{]/);
    expect(script).toContain('Every cache of this site starts so');
  });
});
