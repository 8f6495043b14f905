import type { TermChunk, TermChunkStore } from '../../src/lib/related/term-chunks.ts';
import type { NamedThingsStore } from '../../src/lib/stories/named-things.ts';

/** A store of chunks (words and named things) in memory, which counts the chunks it gave back and took. */
export interface MemoryChunkStore extends TermChunkStore, NamedThingsStore {
  taken: number;
  written: number;
}

/** An empty store in memory. */
export function memoryChunkStore(): MemoryChunkStore {
  const terms = new Map<string, TermChunk>();
  const names = new Map<string, readonly (readonly string[])[]>();
  const store: MemoryChunkStore = {
    taken: 0,
    written: 0,
    read: (key, articles) => given(terms.get(key), (chunk) => chunk.offsets.length - 1 === articles),
    write: (key, chunk) => kept(terms, key, chunk),
    readNames: (key, articles) => given(names.get(key), (list) => list.length === articles),
    writeNames: (key, list) => kept(names, key, list),
  };
  function given<T>(value: T | undefined, fits: (value: T) => boolean): T | undefined {
    if (value === undefined || !fits(value)) return undefined;
    store.taken++;
    return value;
  }
  function kept<T>(map: Map<string, T>, key: string, value: T): void {
    store.written++;
    map.set(key, value);
  }
  return store;
}
