import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Folders moved out of a measurement's way, deleted once nothing is being measured. */
export interface FolderTrash {
  /** Moves `path`, when it exists, into the trash (deleted where the trash is on another disk). */
  setAside(path: string): void;
  /** Deletes everything set aside. */
  empty(): void;
}

/**
 * A trash folder at `dir` for the benchmark's clean builds: the folders a build must not find
 * (the last run's output and caches) are renamed into it just before the build, and deleted
 * after every measurement. On ext4 without a journal (this machine's disk), making a file passes
 * over each inode freed in the last seconds, with a look into the buffer cache per inode: a
 * build that started right after deleting an output of half a million files paid for that
 * deletion, and a shard of 25,000 articles took 70–92 s instead of 60 (docs/benchmarks.md).
 * Whatever an interrupted run left in the trash is deleted when it is opened, before anything
 * is measured.
 */
export function openFolderTrash(dir: string): FolderTrash {
  rmSync(dir, { recursive: true, force: true });
  let count = 0;
  return {
    setAside(path) {
      if (!existsSync(path)) return;
      mkdirSync(dir, { recursive: true });
      try {
        renameSync(path, join(dir, `${count++}-${basename(path)}`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        rmSync(path, { recursive: true, force: true });
      }
    },
    empty() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
