import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes `data` to `file` (creating its folder) aside, then renames it into place, so another
 * build, thread or process reading the cache never sees half a file. `data` in pieces is
 * written one piece after the other: pieces of a text of hundreds of megabytes are never
 * joined into one more string that long.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array | readonly string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  // Worker threads share the process id; the thread id and a random part keep writers apart.
  const partial = `${file}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(partial, data);
    else {
      const fd = openSync(partial, 'w');
      try {
        for (const piece of data) writeFileSync(fd, piece);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(partial, file);
  } catch (error) {
    // A full disk leaves no half-written file behind.
    rmSync(partial, { force: true });
    throw error;
  }
}
