import { byPath, listFilesUnder, withRewritten, type OutputFile } from '../output/kept-output.ts';

// Two listings sorted by path, with no path in both, as one.
function mergeSorted(a: readonly OutputFile[], b: readonly OutputFile[]): OutputFile[] {
  const merged: OutputFile[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(byPath(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/**
 * The merge's output folder as `listOutput` would list it (every file but a `.git` folder's,
 * sorted by path), without reading again the folders moved ahead (`movedAhead`, paths inside
 * the output, whose files `aheadListing` holds as they were moved): everything else is listed,
 * and the files `written` since into any folder (the merge's own pages, the files it took from
 * the shards itself) are read again. Half a million files at archive scale, of which the merge
 * then stats a few hundred.
 */
export function listMergedOutput(outDir: string, movedAhead: ReadonlySet<string>, aheadListing: readonly OutputFile[], written: Iterable<string>): readonly OutputFile[] {
  const files: OutputFile[] = [];
  listFilesUnder(outDir, '', files, movedAhead);
  return withRewritten(mergeSorted(aheadListing, files.sort(byPath)), outDir, written);
}
