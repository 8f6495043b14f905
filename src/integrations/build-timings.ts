import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { phaseTotals, recordPhase } from '../build/session/build-timings.ts';

/**
 * Times Astro's page generation and, when DISPATCH_TIMINGS_FILE is set (by `npm run bench`),
 * writes every phase's total there as JSON at the end of the build.
 */
export function buildTimingsIntegration(): AstroIntegration {
  let started = 0;
  return {
    name: 'dispatch-build-timings',
    hooks: {
      'astro:build:start': () => {
        started = performance.now();
      },
      'astro:build:generated': () => {
        recordPhase('pages (rendering, incl. the phases it calls)', performance.now() - started);
      },
      'astro:build:done': () => {
        const file = process.env['DISPATCH_TIMINGS_FILE'];
        if (file) writeFileSync(file, JSON.stringify(phaseTotals(), null, 1));
      },
    },
  };
}
