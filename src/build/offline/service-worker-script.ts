import { stripTypeScriptTypes } from 'node:module';

/** The worker's source, named in errors. */
export const WORKER_SOURCE = 'src/client/service-worker.ts';

/**
 * /sw.js from the worker's TypeScript source: types stripped by Node's own stripper (decision
 * 0014), `export` dropped, the whole wrapped in a function so that its names stay its own, and
 * started with this build's `version`. A classic script, which every browser with service
 * workers runs. The source must import nothing: nothing here bundles.
 */
export function serviceWorkerScript(source: string, version: string): string {
  const script = stripTypeScriptTypes(source, { mode: 'strip' })
    // Stripping leaves spaces where the types were, so that positions hold: not worth sending.
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^export (?=(?:async )?function |const |let |class )/gm, '');
  const leftover = /^\s*(?:import|export)\b.*$/m.exec(script);
  if (leftover !== null)
    throw new Error(`${WORKER_SOURCE}: ${leftover[0].trim()}: the service worker is served as one script, so it can neither import nor export anything but functions and constants`);
  return `(() => {\n'use strict';\n${script.trim()}\nstartServiceWorker(self, ${JSON.stringify(version)});\n})();\n`;
}
