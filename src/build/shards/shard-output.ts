import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputFile } from '../output/kept-output.ts';
import { writeShardManifest } from './shard-manifest.ts';

/** A route as the shard needs to know it: its pattern and, for a route without params, its one path. */
export interface RouteOutline {
  readonly pattern: string;
  /** The path of a route without params (e.g. `/search`); undefined for routes with params. */
  readonly pathname: string | undefined;
}

/** A site path without its leading and trailing slashes, the form pages are compared in. */
function bare(pathname: string): string {
  return pathname.replace(/^\/+|\/+$/g, '');
}

function removeWithEmptyFolders(file: string, root: string): void {
  rmSync(file, { force: true });
  // Leave no empty folder behind (`search/` once its page is gone), up to the shard's own.
  for (let dir = dirname(file); relative(root, dir) !== '' && !relative(root, dir).startsWith('..'); dir = dirname(dir)) {
    if (readdirSync(dir).length > 0) break;
    rmdirSync(dir);
  }
}

/**
 * Deletes from a shard's folder the pages of the routes without params (the front page, the
 * search page…), which Astro renders in every build but only the merge publishes. Returns the
 * pages the shard keeps, as build:done listed them (`pathnames`).
 */
export function removeUnsplitPages(dir: string, routes: readonly RouteOutline[], routeFiles: ReadonlyMap<string, readonly URL[]>, pathnames: readonly string[]): string[] {
  const unsplit = routes.filter((route) => route.pathname !== undefined);
  for (const route of unsplit) for (const url of routeFiles.get(route.pattern) ?? []) removeWithEmptyFolders(fileURLToPath(url), dir);
  const unsplitPaths = new Set(unsplit.map((route) => bare(route.pathname ?? '')));
  return pathnames.filter((pathname) => !unsplitPaths.has(bare(pathname)));
}

/** Writes the manifest of a finished shard: its pages and every file its folder holds, from the folder's listing as pruning left it (sorted by path). */
export function recordShard(
  shardsDir: string,
  shard: { readonly index: number; readonly count: number },
  planDigest: string,
  pages: Iterable<string>,
  pathnames: readonly string[],
  listing: readonly OutputFile[],
): number {
  const files = listing.map((file) => file.path);
  writeShardManifest(shardsDir, { shard: shard.index, count: shard.count, planDigest, pages: [...pages].sort(), pathnames: [...pathnames].sort(), files });
  return files.length;
}
