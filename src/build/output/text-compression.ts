import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

/**
 * Brotli's quality for every sibling: qualities 6 to 9 save almost nothing more on the site's
 * pages, 10 and 11 save more at many times the time per page, too slow for an archive
 * (docs/decisions/0011-precompressed-text.md, figures in docs/benchmarks.md).
 */
export const BROTLI_QUALITY = 5;

const GZIP_LEVEL = 9;
const GZIP_OS_UNKNOWN = 255;
const GZIP_OS_BYTE = 9;

/** The encodings a sibling can have, and the suffix of its file. */
export const SIBLING_SUFFIX = { br: '.br', gzip: '.gz' } as const;

/** An encoding of a sibling: `br` or `gzip`. */
export type Encoding = keyof typeof SIBLING_SUFFIX;

/** `bytes` as gzip, level 9, the same bytes whatever machine or clock writes them (mtime 0, OS unknown). */
export function gzipText(bytes: Uint8Array): Buffer {
  const compressed = gzipSync(bytes, { level: GZIP_LEVEL });
  compressed[GZIP_OS_BYTE] = GZIP_OS_UNKNOWN;
  return compressed;
}

/** `bytes` as Brotli at `BROTLI_QUALITY`, text mode, with a window no larger than the file needs. */
export function brotliText(bytes: Uint8Array): Buffer {
  const window = Math.min(constants.BROTLI_MAX_WINDOW_BITS, Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(bytes.length + 1))));
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_LGWIN]: window,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

const COMPRESS: Record<Encoding, (bytes: Uint8Array) => Buffer> = { br: brotliText, gzip: gzipText };
const DECOMPRESS: Record<Encoding, (bytes: Uint8Array) => Buffer> = { br: (bytes) => brotliDecompressSync(bytes), gzip: (bytes) => gunzipSync(bytes) };

/** A file's siblings by encoding: where each is, or is to be, written. */
export type StagedSiblings = Readonly<Record<Encoding, string>>;

/** A page's siblings compressed ahead, and the SHA-256 (hex) of the bytes they were made from. */
export interface StagedPage {
  readonly siblings: StagedSiblings;
  readonly digest: string;
}

/** Writes `bytes`' siblings, one a file of `siblings` (the same bytes the last step would write). */
export function writeSiblings(bytes: Uint8Array, siblings: readonly { readonly encoding: Encoding; readonly file: string }[]): void {
  for (const { encoding, file } of siblings) writeFileSync(file, COMPRESS[encoding](bytes));
}

/** One text file to give siblings: its path, its siblings' and whether siblings already there may be current. */
export interface CompressionJob {
  readonly source: string;
  readonly siblings: readonly { readonly encoding: Encoding; readonly file: string }[];
  /** The siblings exist but the file was written again: they are current if they still decompress to its bytes. */
  readonly checkPresent: boolean;
  /** Siblings compressed ahead while the pages rendered (src/build/output/precompress-ahead.ts): moved into place if the file's bytes are the ones they were made from. */
  readonly staged?: StagedPage | undefined;
}

/** Whether every one of `siblings` on disk decompresses to `source`'s bytes (a file rewritten with the same content). */
function siblingsMatch(source: Buffer, siblings: CompressionJob['siblings']): boolean {
  try {
    return siblings.every(({ encoding, file }) => DECOMPRESS[encoding](readFileSync(file)).equals(source));
  } catch {
    return false;
  }
}

/** How a job ended: siblings compressed now, compressed ahead and moved into place, or already current (and dated now). */
export type CompressionResult = 'written' | 'ahead' | 'current';

/** Writes a job's siblings, or finds them current. Errors name the file. */
export function compressFile(job: CompressionJob): CompressionResult {
  try {
    const source = readFileSync(job.source);
    if (job.checkPresent && siblingsMatch(source, job.siblings)) {
      // Dated now, after the file: the next build finds them current from the listing, without reading them again.
      for (const { file } of job.siblings) touch(file);
      return 'current';
    }
    // Compression is deterministic: siblings made from the same bytes are the bytes this step would write.
    if (job.staged === undefined || createHash('sha256').update(source).digest('hex') !== job.staged.digest) {
      writeSiblings(source, job.siblings);
      return 'written';
    }
    for (const { encoding, file } of job.siblings) moveFile(job.staged.siblings[encoding], file);
    return 'ahead';
  } catch (error) {
    throw new Error(`${job.source}: pre-compressing: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Moves a staged sibling to `to`, dated now: a sibling staged before its page was written
 * must not look older than the page to the next build, which would take it for stale.
 */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    // The cache folder on another file system than the output: copied instead.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
  touch(to);
}

function touch(file: string): void {
  const now = new Date();
  utimesSync(file, now, now);
}
