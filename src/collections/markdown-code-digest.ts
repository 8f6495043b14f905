import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The code whose change must re-render every stored body: the unified pipeline, the helper
// it shares with the domain, this loader's renderer, and the installed packages (the lock).
const MARKDOWN_CODE_DIRS = ['src/markdown', 'src/collections'];
const MARKDOWN_CODE_FILES = ['src/lib/paragraph-ids.ts', 'package-lock.json'];

/** A digest of the code that turns Markdown into HTML, so cached HTML never outlives it. */
export function markdownCodeDigest(root: string): string {
  const hash = createHash('sha256');
  const files = [
    ...MARKDOWN_CODE_DIRS.flatMap((dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).sort().map((name) => `${dir}/${name}`) : [])),
    ...MARKDOWN_CODE_FILES,
  ];
  for (const file of files) {
    const path = join(root, file);
    hash.update(file).update('\0').update(existsSync(path) ? readFileSync(path) : '').update('\0');
  }
  return hash.digest('hex');
}
