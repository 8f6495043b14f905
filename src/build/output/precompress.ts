import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHidden, type ServingRules } from '../../lib/serving/serving-rules.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import { quoteForMessage } from '../../lib/text/quote-for-message.ts';
import { batchesOf, runInWorkers, sourceWorkerUrl } from '../workers/worker-pool.ts';
import { withRewritten, type OutputFile } from './kept-output.ts';
import { listOutputOnThreads } from './listing-on-threads.ts';
import { SIBLING_SUFFIX, type CompressionJob, type CompressionResult, type StagedPage } from './text-compression.ts';

/**
 * Files smaller than this get no siblings: compressed or not, the response fits in the first
 * packets a server sends, and `Content-Encoding` and `Vary` eat much of the few bytes saved
 * (docs/decisions/0011-precompressed-text.md).
 */
export const PRECOMPRESS_MIN_BYTES = 1024;

// Files a worker is sent at once: enough to keep it busy between messages.
const BATCH_SIZE = 200;

/** How many text files got new siblings this build (of them, how many compressed while the pages rendered) and how many kept the last build's. */
export interface PrecompressSummary {
  readonly written: number;
  readonly ahead: number;
  readonly current: number;
}

const SETTING_VARIABLE = 'DISPATCH_PRECOMPRESS';

/**
 * Whether the build writes `.br` and `.gz` siblings: `fromEnvironment` (the value of
 * DISPATCH_PRECOMPRESS, `0` or `1`) when set, else the site's `precompress` (true when absent).
 * Throws naming the variable when it is anything else.
 */
export function precompressEnabled(site: Pick<SiteConfig, 'precompress'>, fromEnvironment: string | undefined): boolean {
  const value = fromEnvironment?.trim() ?? '';
  if (value === '') return site.precompress ?? true;
  if (value === '0' || value === '1') return value === '1';
  throw new Error(`${SETTING_VARIABLE}: expected 0 (no pre-compressed files) or 1, found ${quoteForMessage(fromEnvironment ?? '')}`);
}

/** Whether this build writes siblings: `precompressEnabled` with DISPATCH_PRECOMPRESS as the process was given it. */
export function precompressThisBuild(site: Pick<SiteConfig, 'precompress'>): boolean {
  return precompressEnabled(site, process.env[SETTING_VARIABLE]);
}

/** The site path of a file listed in the output folder (`a/b.html` → `/a/b.html`). */
function sitePathOf(path: string): string {
  return `/${path.split(sep).join('/')}`;
}

const SIBLING_SUFFIXES: readonly string[] = Object.values(SIBLING_SUFFIX);

/** Whether the build writes siblings of `file`: a text file by suffix, big enough, meant for readers, not itself a sibling. */
export function isPrecompressed(rules: ServingRules, file: Pick<OutputFile, 'path' | 'size'>): boolean {
  // The size and the suffix first, on the path as listed: they settle most of an archive's
  // half a million files (siblings, search fragments, images) without making a site path.
  if (file.size < PRECOMPRESS_MIN_BYTES || !rules.precompressed.suffixes.some((suffix) => file.path.endsWith(suffix))) return false;
  const sitePath = sitePathOf(file.path);
  return !isHidden(rules, sitePath) && !SIBLING_SUFFIXES.some((suffix) => sitePath.endsWith(suffix));
}

/**
 * What pruning (src/build/output/output-in-place.ts) will keep of the output folder: files
 * written since `buildStarted` (epoch ms), files `claimed` as current, and the pages Astro left
 * in place (`pages`, paths inside the folder). Siblings are added to `claimed`.
 */
export interface KeptOutput {
  readonly buildStarted: number;
  readonly claimed: Set<string>;
  readonly pages: ReadonlySet<string>;
}

/** Siblings compressed ahead while the pages rendered, by the page's path in the output folder with `/` between folders. */
export type StagedPages = ReadonlyMap<string, StagedPage>;

/** What pre-compression did, and the output folder's listing once it was done (what `listOutput` would give then). */
export interface PrecompressOutcome {
  readonly summary: PrecompressSummary;
  readonly listing: readonly OutputFile[];
}

/**
 * Writes beside each text file of `outDir` its `.br` and `.gz` siblings (the encodings and
 * suffixes of `rules.precompressed`), which servers send to readers who accept them. Runs
 * after every other file of the build is written and before the output is pruned. A sibling
 * is current, kept and claimed (so pruning keeps it), when it was written after its file and
 * the file is older than this build, or when the file was written again this build and the
 * sibling still decompresses to its bytes (it is then dated now, so the next build need not
 * read it again). A file that pruning will delete (a withdrawn page,
 * a replaced search part) gets nothing: its siblings, neither written nor claimed, go with it.
 * A file with siblings in `staged` gets those when its bytes are the ones they were made from.
 * `root` is the project's, where the compressing worker's source is. `listed` is the folder's
 * listing as it is when the step starts, when the build has it already (else it is listed
 * here). Also gives the folder's listing after the step (that one, with the siblings it wrote
 * as they are now), which pruning reads instead of listing hundreds of thousands of files again.
 */
export async function precompressOutput(
  outDir: string,
  rules: ServingRules,
  kept: KeptOutput,
  root: string,
  staged: StagedPages = new Map(),
  listed?: Promise<readonly OutputFile[]>,
): Promise<PrecompressOutcome> {
  const { buildStarted, claimed, pages } = kept;
  const files = await (listed ?? listOutputOnThreads(outDir, root));
  const stays = (file: OutputFile): boolean => file.mtimeMs >= buildStarted || claimed.has(file.path) || pages.has(file.path);
  const encodings = rules.precompressed.encodings;
  let current = 0;
  const jobs: CompressionJob[] = [];
  for (let at = 0; at < files.length; at++) {
    const file = files[at]!;
    if (!isPrecompressed(rules, file) || !stays(file)) continue;
    const siblings = encodings.map((encoding) => ({ encoding, path: `${file.path}${SIBLING_SUFFIX[encoding]}` }));
    const existing = siblings.map(({ path }) => listedAfter(files, at, path));
    const present = existing.every((sibling) => sibling !== undefined);
    if (present && file.mtimeMs < buildStarted && existing.every((sibling) => sibling !== undefined && sibling.mtimeMs >= file.mtimeMs)) {
      for (const { path } of siblings) claimed.add(path);
      current++;
      continue;
    }
    jobs.push({
      source: join(outDir, file.path),
      siblings: siblings.map(({ encoding, path }) => ({ encoding, file: join(outDir, path) })),
      checkPresent: present,
      staged: staged.get(file.path.split(sep).join('/')),
    });
  }
  let written = 0;
  let ahead = 0;
  const rewritten: string[] = [];
  // Compressed on worker threads (src/build/output/precompress-worker.ts), one a core.
  await runInWorkers<CompressionJob, CompressionResult>(
    sourceWorkerUrl(root, 'src/build/output/precompress-worker.ts'),
    undefined,
    batchesOf(jobs, BATCH_SIZE),
    availableParallelism(),
    (results, seq) => {
      for (const [i, result] of results.entries()) {
        if (result === 'written' || result === 'ahead') {
          written++;
          if (result === 'ahead') ahead++;
          for (const { file } of jobs[seq * BATCH_SIZE + i]?.siblings ?? []) rewritten.push(relative(outDir, file));
        } else {
          current++;
          // Found current and dated now: the listing pruning records must have their new times.
          for (const { file } of jobs[seq * BATCH_SIZE + i]?.siblings ?? []) {
            claimed.add(relative(outDir, file));
            rewritten.push(relative(outDir, file));
          }
        }
      }
    },
  );
  return { summary: { written, ahead, current }, listing: withRewritten(files, outDir, rewritten) };
}

/**
 * The file listed at `path`, which begins with the path of `files[at]`: looked for among the
 * files listed right after it. A listing is sorted by path, so every path that begins with
 * another comes right after it, and a file's siblings are found without a map of an archive's
 * half a million paths. In a listing out of order a sibling would go unseen and be written again.
 */
function listedAfter(files: readonly OutputFile[], at: number, path: string): OutputFile | undefined {
  const prefix = files[at]!.path;
  for (let i = at + 1; i < files.length && files[i]!.path.startsWith(prefix); i++) if (files[i]!.path === path) return files[i];
  return undefined;
}

/** The build's log line about pre-compressed siblings (undefined: the setting is off). */
export function precompressReport(summary: PrecompressSummary | undefined): string {
  if (summary === undefined) return `text files not pre-compressed (precompress is off in src/site.config.ts, or ${SETTING_VARIABLE}=0)`;
  return `text files pre-compressed: ${summary.written} written (${summary.ahead} of them while the pages rendered), ${summary.current} current`;
}

/** Every file Astro's routes wrote or kept this build (`routeFiles`, its `assets`), as paths inside `outDir`. */
export function routeFilePaths(outDir: string, routeFiles: ReadonlyMap<string, readonly URL[]>): string[] {
  return [...routeFiles.values()].flat().map((url) => relative(outDir, fileURLToPath(url)));
}

/**
 * The build's step: pre-compresses `outDir` (see `precompressOutput`) unless the site's
 * `precompress` or DISPATCH_PRECOMPRESS turns it off, in which case no sibling is claimed and
 * pruning deletes the last build's. `routeFiles` is Astro's `assets` (every route's files this
 * build, the pages it left in place included); `staged`, the siblings compressed ahead;
 * `listed`, the folder's listing as it is now, when the build has it. Returns the log line,
 * and the folder's listing after the step when it made or was given one.
 */
export async function precompressBuild(
  site: Pick<SiteConfig, 'precompress'>,
  outDir: string,
  rules: ServingRules,
  routeFiles: ReadonlyMap<string, readonly URL[]>,
  kept: Omit<KeptOutput, 'pages'>,
  root: string,
  staged: StagedPages = new Map(),
  listed?: Promise<readonly OutputFile[]>,
): Promise<{ readonly report: string; readonly listing?: readonly OutputFile[] }> {
  if (!precompressThisBuild(site)) {
    // Other steps claim whole folders (a search part's, a shard's copies), siblings included: with the setting off, those go too.
    const siblingSuffixes = rules.precompressed.suffixes.flatMap((suffix) => rules.precompressed.encodings.map((encoding) => `${suffix}${SIBLING_SUFFIX[encoding]}`));
    for (const path of [...kept.claimed]) if (siblingSuffixes.some((suffix) => path.endsWith(suffix))) kept.claimed.delete(path);
    return listed === undefined ? { report: precompressReport(undefined) } : { report: precompressReport(undefined), listing: await listed };
  }
  const pages = new Set(routeFilePaths(outDir, routeFiles));
  const { summary, listing } = await precompressOutput(outDir, rules, { ...kept, pages }, root, staged, listed);
  return { report: precompressReport(summary), listing };
}
