import { join, sep } from 'node:path';
import { filePathsUnder, listOutput, withRewritten, type OutputFile } from './kept-output.ts';
import { listOutputOnThreads } from './listing-on-threads.ts';

/** What the build's last steps wrote into the output folder: files, and folders each replaced whole (paths inside the folder). */
export interface OutputWrites {
  readonly files: readonly string[];
  readonly folders: readonly string[];
}

/**
 * `listing` (sorted by path, made while or before `writes` were done) as the output folder is
 * once they are: without what it held under the replaced folders, with every file now under
 * them and every file written as it is now, still sorted by path.
 */
export function listingAfterWrites(listing: readonly OutputFile[], outDir: string, writes: OutputWrites): readonly OutputFile[] {
  const folders = writes.folders.map((folder) => join(folder) + sep);
  const kept = folders.length === 0 ? listing : listing.filter((file) => !folders.some((folder) => file.path.startsWith(folder)));
  const now = writes.files.map((file) => join(file));
  for (const folder of folders) filePathsUnder(join(outDir, folder), folder, now);
  return withRewritten(kept, outDir, now);
}

/** A listing of the output folder begun before the build's last steps, to be completed with what they wrote (`listingAfterWrites`). */
export interface ListingBegun {
  /** The output folder's listing once the steps that wrote `writes` are done. */
  after(writes: OutputWrites): Promise<readonly OutputFile[]>;
}

/**
 * Begins listing `outDir` on worker threads (`listOutputOnThreads`; `root` is the project's)
 * once Astro has written its last file: at archive scale hundreds of thousands of files, read
 * while this thread waits for the search index and publishes the share images, instead of
 * after them. The steps in between name what they write (`ListingBegun.after`); a file one of
 * them wrote and did not name would be missing or out of date in the listing, so the build's
 * tests set DISPATCH_CHECK_OUTPUT_LISTING, which compares it with a listing made afterwards
 * (`checkOutputListing`).
 */
export function beginOutputListing(outDir: string, root: string): ListingBegun {
  const listing = listOutputOnThreads(outDir, root);
  // Awaited in `after`; a failed build never gets there, and must not crash on it meanwhile.
  listing.catch(() => undefined);
  return { after: async (writes) => listingAfterWrites(await listing, outDir, writes) };
}

const CHECK_VARIABLE = 'DISPATCH_CHECK_OUTPUT_LISTING';

/** Whether this build checks the listings it made with another, made after (`checkOutputListing`): DISPATCH_CHECK_OUTPUT_LISTING=1, which the build's tests set. */
export function outputListingChecked(environment: NodeJS.ProcessEnv = process.env): boolean {
  return environment[CHECK_VARIABLE] === '1';
}

/**
 * Throws, naming the files, when `listing` (what the build worked out the output folder holds,
 * sorted by path) is not what listing `outDir` now gives: a step wrote a file it did not name.
 */
export function checkOutputListing(outDir: string, listing: readonly OutputFile[]): void {
  const actual = new Map(listOutput(outDir).map((file) => [file.path, file]));
  const expected = new Map(listing.map((file) => [file.path, file]));
  const differences: string[] = [];
  for (const [path, file] of actual) {
    const thought = expected.get(path);
    if (thought === undefined) differences.push(`${path}: in the folder, not in the build's listing`);
    else if (thought.size !== file.size || thought.mtimeMs !== file.mtimeMs) differences.push(`${path}: written again after the build's listing read it`);
  }
  for (const path of expected.keys()) if (!actual.has(path)) differences.push(`${path}: in the build's listing, not in the folder`);
  if (differences.length === 0) return;
  const shown = differences.slice(0, 20).join('\n  ');
  throw new Error(`${CHECK_VARIABLE}: the output folder's listing the build worked out differs from the folder in ${differences.length} file(s):\n  ${shown}`);
}
