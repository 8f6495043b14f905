import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Where Astro's incremental build keeps its copy of every page, inside the cache folder.
const PAGE_COPIES = 'dist';

interface IncrementalCacheMethods {
  writeOutputFile?: unknown;
  restoreOutputFile?: unknown;
}

/**
 * Stops Astro's incremental build from writing a second copy of every page it renders into
 * the cache folder, and deletes the copies earlier builds left. Those copies serve only to
 * refill an output folder that was emptied; ours is kept in place between builds (see
 * src/integrations/kept-output.ts), and when it is emptied, Astro finds no copy and renders
 * the page again. At 10,000 articles the copies cost ≈3 s of a cold build (a mkdir, open,
 * write and close per page) and ≈30 MB of peak memory. Astro offers no option for it, so
 * the method is replaced on Astro's own class; if a new Astro moved it, this answers false
 * and the copies go on being written (slower, still correct).
 */
export async function stopIncrementalPageCopies(cacheDir: string, outDir: string): Promise<boolean> {
  // Old copies go in any case (a copy older than the last build could be restored as
  // current), unless a cache folder set to the project's root makes them the output itself.
  const copies = resolve(cacheDir, PAGE_COPIES);
  if (relative(copies, resolve(outDir)).startsWith('..')) rmSync(copies, { recursive: true, force: true });
  const astroRoot = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  let methods: IncrementalCacheMethods | undefined;
  try {
    const incremental = (await import(pathToFileURL(join(astroRoot, 'dist/core/build/incremental.js')).href)) as { IncrementalBuildCache?: { prototype: IncrementalCacheMethods } };
    methods = incremental.IncrementalBuildCache?.prototype;
  } catch {
    return false;
  }
  // Both methods, or the class is no longer the one this was written for: leave it alone.
  if (typeof methods?.writeOutputFile !== 'function' || typeof methods.restoreOutputFile !== 'function') return false;
  methods.writeOutputFile = async (): Promise<void> => undefined;
  return true;
}
