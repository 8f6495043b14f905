import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { filePathsUnder } from '../output/kept-output.ts';
import pMap from 'p-map';
import { close, createIndex } from 'pagefind';
import type { SearchDocument } from '../../lib/search/search-document.ts';
import type { SearchShard } from '../../lib/search/search-shards.ts';

// Documents handed to Pagefind at once: enough to keep its process busy, few enough that
// thousands never wait in memory.
const DOCUMENTS_IN_FLIGHT = 16;

/** Where a search index is made and published. */
export interface SearchIndexPlaces {
  /** Where new parts are written while the build goes on, before they move into the site (not the output folder, which Astro owns until it is done). */
  readonly stagingDir: string;
  /** The output folder, where parts published by the last build may already be. */
  readonly outDir: string;
}

/** A search index being made: resolves once every part not already published is written to the staging folder. */
export interface SearchIndexing {
  readonly places: SearchIndexPlaces;
  readonly done: Promise<{ readonly articles: number; readonly written: readonly SearchShard[]; readonly kept: readonly SearchShard[] }>;
}

/** What a finished search index holds and how much of it this build made. */
export interface SearchIndexSummary {
  readonly articles: number;
  readonly shards: number;
  /** Parts indexed by this build; the rest were already published with the same key. */
  readonly indexed: number;
  /** The folders of the parts this build put in the output folder (paths inside it), each replacing whatever was there. */
  readonly writtenFolders: readonly string[];
}

/** Whether the output folder holds the search index part `shard` (its Pagefind entry file is written last). */
export function isSearchPartPublished(outDir: string, shard: Pick<SearchShard, 'path'>): boolean {
  return existsSync(join(outDir, shard.path, 'pagefind-entry.json'));
}

/**
 * Indexes the articles of every part of the index the output folder does not already hold,
 * and writes those parts, in Pagefind's own process: it runs on another core while this one
 * renders pages. One part at a time, each in a Pagefind process of its own: Pagefind keeps a
 * part's whole index in memory until it is written, and its process keeps what writing took
 * until it ends, so each part is written and its process closed before the next starts, and
 * Pagefind's memory stays that of one part however large the archive. A part's documents are
 * made one at a time as Pagefind takes them, in the order of `slugs` (the order bodies are
 * rendered in, so the first part advances with the bodies and the others find theirs ready);
 * Pagefind numbers pages as they arrive, so a part is the same bytes on every build.
 */
export function startSearchIndex(shards: readonly SearchShard[], slugs: readonly string[], toDocument: (slug: string) => Promise<SearchDocument>, places: SearchIndexPlaces): SearchIndexing {
  const kept = shards.filter((shard) => isSearchPartPublished(places.outDir, shard));
  const toWrite = shards.filter((shard) => !kept.includes(shard));
  const done = (async () => {
    // Each part's members in the order of `slugs`, sorted out in one pass.
    const partOf = new Map<string, number>();
    for (const [i, shard] of toWrite.entries()) for (const slug of shard.slugs) partOf.set(slug, i);
    const members = toWrite.map((): string[] => []);
    for (const slug of slugs) {
      const part = partOf.get(slug);
      if (part !== undefined) members[part]?.push(slug);
    }
    await rm(places.stagingDir, { recursive: true, force: true });
    for (const [i, shard] of toWrite.entries()) {
      const { index, errors } = await createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      // Made in order, one at a time, only when Pagefind has room for them.
      async function* documents(): AsyncGenerator<SearchDocument> {
        for (const slug of members[i] ?? []) yield await toDocument(slug);
      }
      const problems: string[] = [];
      await pMap(
        documents(),
        async (doc) => {
          const result = await index.addHTMLFile({ url: doc.url, content: doc.html });
          if (result.errors.length > 0) problems.push(`${doc.url}: ${result.errors.join('; ')}`);
        },
        { concurrency: DOCUMENTS_IN_FLIGHT },
      );
      if (problems.length > 0) throw new Error(`Pagefind could not index ${problems.length} articles: ${problems.slice(0, 5).join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(places.stagingDir, shard.key) });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      // Ending the process, not only deleting the index, is what gives its memory back.
      await close();
    }
    // The articles of the parts, kept or written: `slugs` may hold others whose bodies the build renders for their pages.
    return { articles: shards.reduce((sum, shard) => sum + shard.slugs.length, 0), written: toWrite, kept };
  })();
  // Failures surface in finishSearchIndex; until then they must not crash the build.
  done.catch(() => undefined);
  return { places, done };
}

/**
 * Waits for the index and puts it in the site: each new part moves to its folder under
 * `pagefind/`, and the files of the parts already there are added to `claimed` so they are
 * not pruned. Pagefind's process is closed in any case.
 */
export async function finishSearchIndex(indexing: SearchIndexing, claimed: Set<string>): Promise<SearchIndexSummary> {
  const { stagingDir, outDir } = indexing.places;
  try {
    const { articles, written, kept } = await indexing.done;
    for (const shard of written) {
      const source = join(stagingDir, shard.key);
      const target = join(outDir, shard.path);
      await rm(target, { recursive: true, force: true });
      await mkdir(join(target, '..'), { recursive: true });
      // A rename when both are on one disk; a copy when the cache is elsewhere.
      await rename(source, target).catch(async (error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        await cp(source, target, { recursive: true });
      });
    }
    await rm(stagingDir, { recursive: true, force: true });
    for (const shard of kept) for (const file of filesUnder(outDir, shard)) claimed.add(file);
    const writtenFolders = written.map((shard) => partFolder(outDir, shard));
    return { articles, shards: written.length + kept.length, indexed: written.length, writtenFolders };
  } finally {
    await close();
  }
}

/** A part's folder as a path inside `outDir` (its `path` is the site's, `/pagefind/<key>/`). */
function partFolder(outDir: string, shard: Pick<SearchShard, 'path'>): string {
  return relative(outDir, join(outDir, shard.path));
}

/** Every file of a part's folder, as paths inside `outDir`. */
function filesUnder(outDir: string, shard: Pick<SearchShard, 'path'>): string[] {
  const folder = partFolder(outDir, shard);
  const paths: string[] = [];
  filePathsUnder(join(outDir, folder), folder + sep, paths);
  return paths;
}
