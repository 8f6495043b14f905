import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { claimOutputFiles } from '../output/claimed-output.ts';
import { processGlobal } from '../../lib/process-global.ts';
import type { SearchDocument } from '../../lib/search/search-document.ts';
import type { SearchShard } from '../../lib/search/search-shards.ts';

// One session per build, shared by the integration that opens it and moves the index into
// the site and the page-side code that hands it the articles.
const DOCUMENTS_IN_FLIGHT = 16;

interface Session {
  /** Where new parts of the index are written while the build goes on, before they move into the site. */
  readonly stagingDir: string;
  /** The output folder, where parts published by the last build may already be. */
  readonly outDir: string;
  /** Resolves once every part not already published is written to `stagingDir`. */
  indexing?: Promise<IndexingResult>;
}

interface IndexingResult {
  readonly articles: number;
  /** Parts written by this build, to move into the site. */
  readonly written: readonly SearchShard[];
  /** Parts the last build published with the same key, kept as they are. */
  readonly kept: readonly SearchShard[];
}

/** What a finished search index holds and how much of it this build made. */
export interface SearchIndexSummary {
  readonly articles: number;
  readonly shards: number;
  /** Parts indexed by this build; the rest were already published with the same key. */
  readonly indexed: number;
}

const current = processGlobal<Session>('search-index-session');

/** Starts a build's search-index session (integration, at build start). */
export function openSearchIndex(stagingDir: string, outDir: string): void {
  current.set({ stagingDir, outDir });
}

/** Whether this build makes a search index that has not been started yet. */
export function needsSearchIndex(): boolean {
  const session = current.get();
  return session !== undefined && session.indexing === undefined;
}

function isPublished(outDir: string, shard: SearchShard): boolean {
  return existsSync(join(outDir, shard.path, 'pagefind-entry.json'));
}

/**
 * Indexes the articles of every part of the index the output folder does not already hold,
 * and writes those parts, in Pagefind's own process: it runs on another core while this one
 * renders pages. Documents are made one at a time as Pagefind takes them (a few in flight,
 * so thousands never wait in memory at once), in the order of `items` (the order bodies are
 * rendered in); each part receives its own in that order, since Pagefind numbers pages as
 * they arrive and a part must be the same bytes on every build.
 */
export function startSearchIndex<T>(shards: readonly SearchShard[], items: readonly T[], slugOf: (item: T) => string, toDocument: (item: T) => Promise<SearchDocument>): void {
  const session = current.get();
  if (!session || session.indexing) return;
  const kept = shards.filter((shard) => isPublished(session.outDir, shard));
  const toWrite = shards.filter((shard) => !kept.includes(shard));
  session.indexing = (async () => {
    const shardOf = new Map<string, number>();
    toWrite.forEach((shard, i) => {
      for (const slug of shard.slugs) shardOf.set(slug, i);
    });
    const indexes: PagefindIndex[] = [];
    for (const _ of toWrite) {
      const { index, errors } = await createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      indexes.push(index);
    }
    const problems: string[] = [];
    const inFlight = new Set<Promise<void>>();
    for (const item of items) {
      const index = indexes[shardOf.get(slugOf(item)) ?? -1];
      if (index === undefined) continue;
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
    for (const [i, shard] of toWrite.entries()) {
      const written = await indexes[i]!.writeFiles({ outputPath: join(session.stagingDir, shard.key) });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    }
    return { articles: items.length, written: toWrite, kept };
  })();
  // Failures surface in finishSearchIndex; until then they must not crash the build.
  session.indexing.catch(() => undefined);
}

/**
 * Waits for the index and puts it in the site: each new part moves to its folder under
 * `outDir/pagefind/`, and the parts already there are claimed so they are not pruned.
 */
export async function finishSearchIndex(outDir: string): Promise<SearchIndexSummary> {
  const session = current.get();
  current.set(undefined);
  try {
    if (!session?.indexing) throw new Error('the article pages were never listed (src/data/build-outputs.ts), so the search index was never started');
    const { articles, written, kept } = await session.indexing;
    for (const shard of written) {
      const source = join(session.stagingDir, shard.key);
      const target = join(outDir, shard.path);
      await rm(target, { recursive: true, force: true });
      await mkdir(join(target, '..'), { recursive: true });
      // A rename when both are on one disk; a copy when the cache is elsewhere.
      await rename(source, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EXDEV') throw error;
        await cp(source, target, { recursive: true });
      });
    }
    await rm(session.stagingDir, { recursive: true, force: true });
    for (const shard of kept) claimOutputFiles(filesUnder(outDir, shard.path));
    return { articles, shards: written.length + kept.length, indexed: written.length };
  } finally {
    await close();
  }
}

/** Every file under `path` of `outDir`, as paths inside `outDir`. */
function filesUnder(outDir: string, path: string): string[] {
  const dir = join(outDir, path);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)));
}
