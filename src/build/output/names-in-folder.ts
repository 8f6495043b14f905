import { readdirSync } from 'node:fs';

/**
 * The names of the entries of `dir`, none when it does not exist or cannot be read (so a folder
 * not made yet is simply empty, to prune or to look in). A cache folder of an archive holds a
 * file per article: one listing answers "is it there?" for all of them, where a look per file
 * costs a system call each on the build's main thread.
 */
export function namesInFolder(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}
