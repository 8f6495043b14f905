import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes `data` to `file` (creating its folder) aside, then renames it into place, so another
 * build, thread or process reading the cache never sees half a file.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  // Worker threads share the process id; the thread id and a random part keep writers apart.
  const partial = `${file}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
