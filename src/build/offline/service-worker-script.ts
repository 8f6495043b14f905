import { transformWithOxc } from 'vite';

/** The worker's source, named in errors. */
export const WORKER_SOURCE = 'src/client/service-worker.ts';

/**
 * /sw.js from the worker's TypeScript source: types removed by Oxc, the transformer of the Vite
 * that builds the site (decision 0014), `export` dropped, the whole wrapped in a function so
 * that its names stay its own, and started with this build's `version`. A classic script,
 * which every browser with service workers runs. The source must import nothing: nothing here bundles.
 */
export async function serviceWorkerScript(source: string, version: string): Promise<string> {
  // No target: the worker is written for the browsers that run it, and only its types go.
  // Imports are kept, even unused ones, so that the check below refuses a worker that has any.
  const { code } = await transformWithOxc(source, WORKER_SOURCE, { lang: 'ts', typescript: { onlyRemoveTypeImports: true } });
  const script = code.replace(/^export (?=(?:async )?function |const |let |class )/gm, '');
  const leftover = /^\s*(?:import|export)\b.*$/m.exec(script);
  if (leftover !== null)
    throw new Error(`${WORKER_SOURCE}: ${leftover[0].trim()}: the service worker is served as one script, so it can neither import nor export anything but functions and constants`);
  return `(() => {\n'use strict';\n${script.trim()}\nstartServiceWorker(self, ${JSON.stringify(version)});\n})();\n`;
}
