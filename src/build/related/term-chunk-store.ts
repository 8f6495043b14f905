// The related-links engine's chunks of terms (src/lib/related/term-chunks.ts), kept in the cache
// folder between builds: one file a chunk, its strings as a line of JSON, then its numbers as
// they lie in memory, so that a build after an edit reads most of the site's words back in a
// fraction of the time reading the articles takes.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../lib/hash.ts';
import type { TermChunk, TermChunkStore } from '../../lib/related/term-chunks.ts';
import type { NamedThingsStore } from '../../lib/stories/named-things.ts';
import { namesInFolder } from '../output/names-in-folder.ts';
import { writeFileAtomically } from '../output/write-file-atomically.ts';

// Changed whenever the layout below changes; the file names change with the code's digest.
const LAYOUT = 'dispatch-term-chunk-1';
const SUFFIX = '.terms';
const NAMES_SUFFIX = '.names';

interface Header {
  readonly layout: string;
  readonly articles: number;
  readonly entries: number;
  readonly keys: string[];
  readonly forms: [(string | null)[], (string | null)[], (string | null)[]];
}

/** How a run used the store: chunks taken from it, chunks read from the articles, and the first file that could not be written. */
export interface TermChunkSummary {
  readonly kept: number;
  readonly read: number;
  readonly problem?: string;
}

/** A store of chunks (their words, and their named things) in a folder of the cache, which also says how it was used and forgets the files a run did not use. */
export interface TermChunkFolder extends TermChunkStore, NamedThingsStore {
  /** What the run took from the folder and added to it. */
  summary(): TermChunkSummary;
  /** Deletes every file of the folder this run neither took nor wrote: chunks of articles since edited, of other code, or half-written by a stopped build. */
  forgetOthers(): void;
}

const aligned = (offset: number): number => Math.ceil(offset / 8) * 8;

/** The bytes of a chunk's file. */
export function encodeTermChunk(chunk: TermChunk): Buffer {
  const nulls = (form: readonly (string | undefined)[]): (string | null)[] => form.map((f) => f ?? null);
  const header: Header = {
    layout: LAYOUT,
    articles: chunk.offsets.length - 1,
    entries: chunk.ids.length,
    keys: [...chunk.keys],
    forms: [nulls(chunk.lowerForm), nulls(chunk.capitalForm), nulls(chunk.shoutedForm)],
  };
  const text = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const bytes = (array: Float64Array | Int32Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return Buffer.concat([text, Buffer.alloc(aligned(text.length) - text.length), bytes(chunk.counts), bytes(chunk.ids), bytes(chunk.offsets)]);
}

/** The chunk in `bytes` when it holds `articles` articles and every number in it is in range, else undefined. */
export function decodeTermChunk(bytes: Buffer, articles: number): TermChunk | undefined {
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', 0, newline)) as Header;
  } catch {
    return undefined;
  }
  if (header.layout !== LAYOUT || header.articles !== articles || !Number.isInteger(header.entries) || header.entries < 0) return undefined;
  const { entries, keys, forms } = header;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string') || !Array.isArray(forms) || forms.length !== 3) return undefined;
  if (!forms.every((form) => Array.isArray(form) && form.length === keys.length && form.every((f) => f === null || typeof f === 'string'))) return undefined;
  const start = aligned(newline + 1);
  if (bytes.length !== start + entries * 12 + (articles + 1) * 4) return undefined;
  // Read in place where the file's bytes sit on the alignment typed arrays need (a file read
  // whole into a buffer of its own starts on it), else copied out: at archive scale the copies
  // were tens of megabytes, let go as soon as the chunk was joined to the site's columns.
  const inPlace = bytes.byteOffset % 8 === 0;
  const at = (from: number, length: number): [ArrayBuffer, number] =>
    inPlace ? [bytes.buffer as ArrayBuffer, bytes.byteOffset + from] : [bytes.buffer.slice(bytes.byteOffset + from, bytes.byteOffset + from + length) as ArrayBuffer, 0];
  const counts = new Float64Array(...at(start, entries * 8), entries);
  const ids = new Int32Array(...at(start + entries * 8, entries * 4), entries);
  const offsets = new Int32Array(...at(start + entries * 12, (articles + 1) * 4), articles + 1);
  if (offsets[0] !== 0 || offsets[articles] !== entries) return undefined;
  for (let a = 0; a < articles; a++) if (offsets[a]! > offsets[a + 1]!) return undefined;
  for (const id of ids) if (id < 0 || id >= keys.length) return undefined;
  const forms3 = forms.map((form) => form.map((f) => f ?? undefined));
  return { keys, lowerForm: forms3[0]!, capitalForm: forms3[1]!, shoutedForm: forms3[2]!, offsets, ids, counts };
}

/** Whether `stored` is a file of named things of `articles` articles in this layout. */
function isNamesFile(stored: unknown, articles: number): stored is { names: string[][] } {
  if (typeof stored !== 'object' || stored === null) return false;
  const { layout, articles: count, names } = stored as { layout?: unknown; articles?: unknown; names?: unknown };
  return layout === LAYOUT && count === articles && Array.isArray(names) && names.length === articles && names.every((list) => Array.isArray(list) && list.every((n) => typeof n === 'string'));
}

/**
 * The store in `dir`, its file names made from each chunk's key and `salt` (the digest of the
 * build's code and settings), so chunks read by other code are never taken. A file that
 * cannot be read is read again from the articles; one that cannot be written is reported in
 * the summary: keeping chunks only saves the next build time.
 */
export function termChunkFolder(dir: string, salt: string): TermChunkFolder {
  const used = new Set<string>();
  let kept = 0;
  let read = 0;
  let problem: string | undefined;
  const fileOf = (key: string, suffix = SUFFIX): string => `${sha256(`${salt}\0${key}`, 'base64url')}${suffix}`;
  const keep = (name: string, data: string | Uint8Array): void => {
    try {
      writeFileAtomically(join(dir, name), data);
      used.add(name);
    } catch (error) {
      problem ??= `${join(dir, name)}: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  return {
    read(key, articles) {
      const name = fileOf(key);
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(dir, name));
      } catch {
        return undefined;
      }
      const chunk = decodeTermChunk(bytes, articles);
      if (chunk !== undefined) {
        used.add(name);
        kept++;
      }
      return chunk;
    },
    write(key, chunk) {
      read++;
      keep(fileOf(key), encodeTermChunk(chunk));
    },
    readNames(key, articles) {
      const name = fileOf(key, NAMES_SUFFIX);
      let stored: unknown;
      try {
        stored = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      } catch {
        return undefined;
      }
      const names = isNamesFile(stored, articles) ? stored.names : undefined;
      if (names !== undefined) used.add(name);
      return names;
    },
    writeNames(key, names) {
      keep(fileOf(key, NAMES_SUFFIX), JSON.stringify({ layout: LAYOUT, articles: names.length, names }));
    },
    summary: () => ({ kept, read, ...(problem === undefined ? {} : { problem }) }),
    forgetOthers() {
      for (const name of namesInFolder(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
