import { cp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { processGlobal } from '../lib/process-global.ts';
import type { SearchDocument } from '../lib/search/search-document.ts';

// One session per build, shared by the integration that opens it and moves the index into
// the site and the page-side code that hands it the articles.
const DOCUMENTS_IN_FLIGHT = 16;

interface Session {
  /** Where the index is written while the build goes on, before it is moved into the site. */
  readonly stagingDir: string;
  /** Resolves with the number of pages indexed once the index is written to `stagingDir`. */
  indexing?: Promise<number>;
}

const current = processGlobal<Session>('search-index-session');

/** Starts a build's search-index session (integration, at build start). */
export function openSearchIndex(stagingDir: string): void {
  current.set({ stagingDir });
}

/** Whether this build makes a search index that has not been started yet. */
export function needsSearchIndex(): boolean {
  const session = current.get();
  return session !== undefined && session.indexing === undefined;
}

/**
 * Indexes every article and writes the index, in Pagefind's own process: it runs on
 * another core while this one renders pages. Documents are made one at a time as Pagefind
 * takes them (a few in flight, so thousands never wait in memory at once) and go in the
 * order given, since Pagefind numbers pages as they arrive and the index must be the same
 * bytes on every build.
 */
export function startSearchIndex<T>(items: readonly T[], toDocument: (item: T) => Promise<SearchDocument>): void {
  const session = current.get();
  if (!session || session.indexing) return;
  session.indexing = (async () => {
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const problems: string[] = [];
    const inFlight = new Set<Promise<void>>();
    for (const item of items) {
      const doc = await toDocument(item);
      const added: Promise<void> = index.addHTMLFile({ url: doc.url, content: doc.html }).then((result) => {
        if (result.errors.length > 0) problems.push(`${doc.url}: ${result.errors.join('; ')}`);
        inFlight.delete(added);
      });
      inFlight.add(added);
      if (inFlight.size >= DOCUMENTS_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (problems.length > 0) throw new Error(`Pagefind could not index ${problems.length} articles: ${problems.slice(0, 5).join('; ')}`);
    await rm(session.stagingDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: session.stagingDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return items.length;
  })();
  // Failures surface in finishSearchIndex; until then they must not crash the build.
  session.indexing.catch(() => undefined);
}

/** Waits for the index and moves it to `outDir/pagefind`. Returns how many articles it holds. */
export async function finishSearchIndex(outDir: string): Promise<number> {
  const session = current.get();
  current.set(undefined);
  try {
    if (!session?.indexing) throw new Error('the article pages were never listed (src/data/build-outputs.ts), so the search index was never started');
    const count = await session.indexing;
    const target = join(outDir, 'pagefind');
    await rm(target, { recursive: true, force: true });
    // A rename when both are on one disk; a copy when the cache is elsewhere.
    await rename(session.stagingDir, target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error;
      await cp(session.stagingDir, target, { recursive: true });
      await rm(session.stagingDir, { recursive: true, force: true });
    });
    return count;
  } finally {
    await close();
  }
}
