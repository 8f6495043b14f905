// A listing of the output as worker threads pass it: three columns rather than an object a
// file, which would cost the receiving thread more to take in than the listing itself.
import type { OutputFile } from './kept-output.ts';

/** Files in columns: their paths (joined by NUL, which no path holds), sizes and modification times, in one order. */
export interface ListingColumns {
  readonly paths: string;
  readonly sizes: Float64Array;
  readonly mtimes: Float64Array;
}

/** `files` in columns, in their order. */
export function listingColumns(files: readonly OutputFile[]): ListingColumns {
  return {
    paths: files.map((file) => file.path).join('\0'),
    sizes: Float64Array.from(files, (file) => file.size),
    mtimes: Float64Array.from(files, (file) => file.mtimeMs),
  };
}

/** The files of `columns`, in their order, added to `into`. */
export function appendColumns(into: OutputFile[], { paths, sizes, mtimes }: ListingColumns): OutputFile[] {
  const names = paths === '' ? [] : paths.split('\0');
  names.forEach((path, i) => into.push({ path, size: sizes[i]!, mtimeMs: mtimes[i]! }));
  return into;
}
