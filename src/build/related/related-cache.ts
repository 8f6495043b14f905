import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../lib/hash.ts';
import { bodyKeyOf } from '../../lib/related/body-text.ts';
import type { RelatedLink } from '../../lib/related/types.ts';
import type { Story } from '../../lib/stories/find-stories.ts';
import { writeFileAtomically } from '../output/write-file-atomically.ts';
import type { RelatedJob } from './related-links.ts';

// Bumped when the file's layout changes; the code's digest in the key covers the engine itself.
const FORMAT = 1;

/** What the related links and the stories are made from, per article: the engine's input and the editors' `story`. */
export interface RelatedAndStoriesInput {
  readonly job: RelatedJob;
  /** Slug → the editors' `story` (absent: left to the text). */
  readonly storyOf: ReadonlyMap<string, string>;
}

/** The related links and stories of a site, as the plan holds them. */
export interface RelatedAndStories {
  readonly related: Map<string, RelatedLink[]>;
  readonly stories: Story[];
}

/** Where one build keeps its related links and stories for the next, and the key of what they were made from. */
export interface RelatedCacheEntry {
  readonly file: string;
  readonly key: string;
}

/** The file in `cacheDir` where a build keeps its related links and stories for the next. */
export function relatedCacheFile(cacheDir: string): string {
  return join(cacheDir, 'related-and-stories.json');
}

/**
 * The cache entry of a build in `cacheDir`: keyed by the digest of the code and settings
 * (`sourcesDigest`) and of every field of every article the engine and the stories read, so
 * the links are reused only when computing them again would give the same ones.
 */
export function relatedCacheEntry(cacheDir: string, sourcesDigest: string, input: RelatedAndStoriesInput): RelatedCacheEntry {
  const parts = [`${FORMAT}\0${sourcesDigest}\0${JSON.stringify(input.job.options)}\n`];
  for (const article of input.job.articles) {
    const { slug, title, standfirst, bodyText, tags, section, date, pinned } = article;
    parts.push(`${JSON.stringify([slug, title, standfirst, bodyKeyOf(bodyText), tags, section, date.toISOString(), pinned, input.storyOf.get(slug) ?? null])}\n`);
  }
  return { file: relatedCacheFile(cacheDir), key: sha256(parts, 'base64url') };
}

interface CacheFile {
  readonly key: string;
  readonly related: readonly (readonly [string, RelatedLink[]])[];
  readonly stories: Story[];
}

// The file opens with its key (writeRelatedCache writes it first), as JSON writes it.
const opening = (key: string): string => `{"key":${JSON.stringify(key)},`;

/**
 * Whether the file opens with this entry's key: read from its first bytes, not parsed, since
 * at archive scale the file is tens of megabytes of JSON and after an edit its key is another.
 */
export function storedUnderKey(entry: RelatedCacheEntry): boolean {
  const expected = Buffer.from(opening(entry.key), 'utf8');
  const head = Buffer.alloc(expected.length);
  let fd: number | undefined;
  try {
    fd = openSync(entry.file, 'r');
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(expected);
  } catch {
    // None there, or something that cannot be read as a file (a folder in its place): computed again.
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The related links and stories the last build stored under the same key, or undefined: none
 * stored, another key, or a file this code cannot read (it is then simply made again).
 */
export function readRelatedCache(entry: RelatedCacheEntry): RelatedAndStories | undefined {
  if (!storedUnderKey(entry)) return undefined;
  let stored: Partial<CacheFile>;
  try {
    stored = JSON.parse(readFileSync(entry.file, 'utf8')) as Partial<CacheFile>;
  } catch {
    return undefined;
  }
  if (stored.key !== entry.key || !Array.isArray(stored.related) || !Array.isArray(stored.stories)) return undefined;
  return { related: new Map(stored.related), stories: stored.stories };
}

/**
 * Stores a build's related links and stories under its key (whole or not at all), for the next
 * build. Returns why they could not be stored (a full disk, lists too long for one string), or
 * undefined: keeping them only saves the next build time, so a failure is the build's to report, not to stop at.
 */
export function writeRelatedCache(entry: RelatedCacheEntry, made: RelatedAndStories): string | undefined {
  try {
    const file: CacheFile = { key: entry.key, related: [...made.related], stories: made.stories };
    writeFileAtomically(entry.file, JSON.stringify(file));
    return undefined;
  } catch (error) {
    return `${entry.file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
