import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceWorkerUrl, startWorker, workerAnswer } from '../workers/worker-pool.ts';
import { emptyFolder, listingDigest, listOutput, removeFiles, staleFiles, summarizeListing, writesSince, type ListingSummary, type OutputFile } from './kept-output.ts';

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
 * Starts listing `outDir` on a worker thread (src/build/output/output-listing-worker.ts) and
 * gives the listing's summary, for `prepareOutput`. Started when the build's config is known,
 * before the content is loaded (which writes nothing there), so that on a big site the disk
 * is read while the main thread reads the articles. Its failure is the returned promise's only.
 */
export function listOutputAhead(outDir: string, root: string): Promise<ListingSummary> {
  const listing = workerAnswer<ListingSummary>(startWorker(sourceWorkerUrl(root, 'src/build/output/output-listing-worker.ts'), { workerData: outDir }), `listing the output folder ${outDir}`);
  // Awaited later (or never, when the content stops the build first): not an unhandled rejection meanwhile.
  listing.catch(() => undefined);
  return listing;
}

/**
 * At the start of a build: trusts the output folder the last build left only when its listing
 * (`listed`, from `listOutputAhead`; listed now when absent) is what that build recorded (else
 * empties it, as Astro would), and waits, if need be, until every file in it is older than the
 * files this build will write. Returns from when (epoch ms) files count as this build's.
 * Rebuilds thus update the output in place: Astro leaves the pages whose cacheKey is unchanged
 * where they are, and `pruneOutput` deletes what the build no longer makes, so the folder holds
 * exactly what a cold build writes.
 */
export async function prepareOutput(cacheDir: string, outDir: string, log: (message: string) => void, listed?: Promise<ListingSummary>): Promise<number> {
  const recordFile = join(cacheDir, RECORD);
  const record = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as Partial<OutputRecord>) : {};
  // A build that fails half way leaves no record, so its output is never trusted.
  rmSync(recordFile, { force: true });
  const listing = (await listed) ?? summarizeListing(listOutput(outDir));
  const trusted = listing.count === 0 || (record.outDir === outDir && record.digest === listing.digest);
  if (!trusted) {
    log('the output folder is not as the last build left it: emptying it');
    emptyFolder(outDir);
  }
  const { since, waitMs } = writesSince(trusted ? listing.newestMtimeMs : -Infinity, Date.now());
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  return since;
}

/**
 * At the end of a build: deletes the files the last build left that this one neither wrote
 * (since `buildStarted`) nor kept (pages Astro found unchanged, files `claimed` as current),
 * and records the listing, so the next build can trust the folder. `listing`, when given, is
 * the folder's listing as it is now (pre-compression's, made after the last write), which
 * spares listing it again. Returns the folder's listing once pruned.
 */
export function pruneOutput(cacheDir: string, outDir: string, buildStarted: number, claimed: ReadonlySet<string>, listing?: readonly OutputFile[]): readonly OutputFile[] {
  const pages = pagesInManifest(cacheDir);
  // Asked of both rather than merged: at archive scale each holds hundreds of thousands of paths.
  const kept = { has: (path: string): boolean => pages.has(path) || claimed.has(path) };
  const files = listing ?? listOutput(outDir);
  const stale = staleFiles(files, buildStarted, kept);
  removeFiles(outDir, stale);
  // Deleting the others leaves the remaining files' times alone: no second walk needed.
  const gone = new Set(stale);
  const remaining = stale.length === 0 ? files : files.filter((file) => !gone.has(file.path));
  const record: OutputRecord = { outDir, digest: listingDigest(remaining) };
  writeFileSync(join(cacheDir, RECORD), JSON.stringify(record));
  return remaining;
}
