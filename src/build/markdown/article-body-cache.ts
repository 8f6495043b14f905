import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { namesInFolder } from '../output/names-in-folder.ts';
import { writeFileAtomically } from '../output/write-file-atomically.ts';
import { sha256 } from '../../lib/hash.ts';

// What the rendered HTML of a body can depend on besides its Markdown: our code (the
// pipeline's plugins and everything they import), the build's config and the libraries.
const SOURCES = ['src', 'astro.config.mjs', 'package-lock.json'];

/** A build's cache of rendered bodies: where they are kept, the code's digest in every key, and the files this build used. */
export interface ArticleBodyCache {
  readonly dir: string;
  /** The digest of the sources, so a change to the code renders every body again. */
  readonly sources: string;
  /** The cache files this build used, so the others can be pruned when it is done. */
  readonly used: Set<string>;
}

/** A digest of every file under `paths` (relative to `root`), names and contents, in a fixed order. */
export function digestOfSources(root: string, paths: readonly string[] = SOURCES): string {
  const hash = createHash('sha256');
  const visit = (path: string): void => {
    const absolute = join(root, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(absolute).sort()) visit(join(path, name));
    } else if (stats.isFile()) {
      hash
        .update(`${relative(root, absolute)}\0`)
        .update(readFileSync(absolute))
        .update('\0');
    }
  };
  for (const path of paths) visit(path);
  return hash.digest('hex');
}

/** Opens a build's cache of rendered bodies in `dir`, for the code whose digest is `sources`. */
export function openArticleBodyCache(dir: string, sources: string): ArticleBodyCache {
  return { dir, sources, used: new Set() };
}

/**
 * The cache file of one body's HTML: named by the digest of the sources, the article's file
 * and slug and the digest of the file's text (the content layer's), so any change to any of
 * them renders it again. The file's digest rather than its Markdown, which is not kept in
 * memory; an edit to the front matter alone renders that one body again. Undefined without a
 * cache (the dev server renders on request).
 */
export function articleBodyCacheFile(cache: ArticleBodyCache | undefined, job: { readonly id: string; readonly filePath: string; readonly fileDigest: string }): string | undefined {
  if (cache === undefined) return undefined;
  const key = sha256([`${cache.sources}\0${job.id}\0${job.filePath}\0`, job.fileDigest], 'base64url');
  const file = join(cache.dir, `${key}.html`);
  cache.used.add(file);
  return file;
}

/** The cached HTML in `file`, or undefined when there is none. */
function readCachedBody(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Ends the build's cache: deletes the bodies it did not use (old versions of edited articles). Returns how many. */
export function pruneArticleBodyCache(session: ArticleBodyCache): number {
  let pruned = 0;
  for (const name of namesInFolder(session.dir)) {
    const file = join(session.dir, name);
    if (session.used.has(file)) continue;
    rmSync(file, { force: true });
    pruned++;
  }
  return pruned;
}

/** Renders a body with `render`, or takes it from the job's cache file when an earlier build left it there. */
export async function renderThroughCache<J extends { readonly cacheFile?: string | undefined }>(job: J, render: (job: J) => Promise<string>): Promise<string> {
  const cached = job.cacheFile === undefined ? undefined : readCachedBody(job.cacheFile);
  if (cached !== undefined) return cached;
  const html = await render(job);
  if (job.cacheFile !== undefined) writeFileAtomically(job.cacheFile, html);
  return html;
}
