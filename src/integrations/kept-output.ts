import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeClaimedOutputFiles } from '../build/output/claimed-output.ts';
import { stopIncrementalPageCopies } from '../build/incremental-page-copies.ts';
import { emptyFolder, listingDigest, listOutput, removeFiles, staleFiles, writesSince } from '../build/output/kept-output.ts';
import { recordPhase } from '../build/session/build-timings.ts';

// Astro's record of the pages it rendered, with the file each one wrote.
const ASTRO_MANIFEST = 'incremental-build.json';
// Ours: which output folder the last build finished, and the digest of its listing.
const RECORD = 'dispatch-output.json';

interface OutputRecord {
  readonly outDir: string;
  readonly digest: string;
}

/** The output files of every page in Astro's incremental manifest (paths inside the output folder). */
function pagesInManifest(cacheDir: string): Set<string> {
  const file = join(cacheDir, ASTRO_MANIFEST);
  if (!existsSync(file)) return new Set();
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
  const pages = new Set<string>();
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths ?? {})) if (outputFile) pages.add(decodeURIComponent(outputFile));
  }
  return pages;
}

/**
 * Rebuilds update the last build's output in place instead of emptying it: Astro leaves the
 * pages whose cacheKey is unchanged where they are (10,000 files not copied back from its
 * cache), and this integration then deletes what the build no longer makes (withdrawn
 * articles, old bundles), so the folder holds exactly what a cold build writes. The output
 * is only trusted when its listing is what the last build left; otherwise it is emptied
 * first, as Astro would.
 */
export function keptOutputIntegration(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let buildStarted = 0;
  return {
    name: 'dispatch-kept-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ logger }) => {
        const started = performance.now();
        if (!(await stopIncrementalPageCopies(cacheDir, outDir))) {
          logger.warn("Astro's incremental build has changed: it copies every page into the cache folder again (slower, still correct)");
        }
        const recordFile = join(cacheDir, RECORD);
        const record = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as Partial<OutputRecord>) : {};
        // A build that fails half way leaves no record, so its output is never trusted.
        rmSync(recordFile, { force: true });
        const files = listOutput(outDir);
        const trusted = files.length === 0 || (record.outDir === outDir && record.digest === listingDigest(files));
        if (!trusted) {
          logger.info('the output folder is not as the last build left it: emptying it');
          emptyFolder(outDir);
        }
        const { since, waitMs } = writesSince(trusted ? files : [], Date.now());
        if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
        buildStarted = since;
        recordPhase('output: checking what the last build left', performance.now() - started);
      },
      'astro:build:done': () => {
        const started = performance.now();
        const kept = new Set([...pagesInManifest(cacheDir), ...takeClaimedOutputFiles()]);
        const files = listOutput(outDir);
        const stale = staleFiles(files, buildStarted, kept);
        removeFiles(outDir, stale);
        // Deleting the others leaves the remaining files' times alone: no second walk needed.
        const gone = new Set(stale);
        const record: OutputRecord = { outDir, digest: listingDigest(files.filter((file) => !gone.has(file.path))) };
        writeFileSync(join(cacheDir, RECORD), JSON.stringify(record));
        recordPhase('output: pruning what the last build left', performance.now() - started);
      },
    },
  };
}
