import { describe, expect, it } from 'vitest';
import { chunkBounds } from '../../../src/lib/related/term-chunks.ts';
import { namedThings, namedThingsByChunk, prefillNamedThings, type NamedText } from '../../../src/lib/stories/named-things.ts';
import { memoryChunkStore } from '../../support/memory-chunk-store.ts';

// Made-up reports, written for these tests.
const REPORTS: (NamedText & { readonly bodyText: string })[] = Array.from({ length: 40 }, (_, i) => ({
  slug: `report-${String(i).padStart(2, '0')}`,
  title: i % 5 === 0 ? `HARBOUR STRIKE DAY ${i}` : `Crews at Port ${i % 7} meet the Harbour Line`,
  standfirst: i % 3 === 0 ? `Talks in Rotterdam, ${1000 + i} workers` : '',
  bodyText: `The strike at Port ${i % 7} began on Monday. Officials of the Harbour Line met union leaders in ${i % 2 === 0 ? 'Rotterdam' : 'Київ'}; ${i * 12} ferries stayed in port.`,
}));

const asLists = (found: Map<string, Set<string>>) => Object.fromEntries([...found].map(([slug, names]) => [slug, [...names]]));
const expected = Object.fromEntries(REPORTS.map((r) => [r.slug, [...namedThings([r.title, r.standfirst, r.bodyText])]]));

describe('named things found chunk by chunk', () => {
  it.each<[string, number]>([
    ['chunks of one article', 1],
    ['chunks of a few', 4],
    ['one chunk', 1024],
  ])('are each article’s, in the order it names them (%s)', (_, target) => {
    const store = memoryChunkStore();
    expect(asLists(namedThingsByChunk([...REPORTS].reverse(), store, target))).toEqual(expected);
    expect(store.written).toBe(
      chunkBounds(
        REPORTS.map((r) => r.slug),
        target,
      ).length,
    );
  });

  it('are taken back from the store, and found again only in the chunk of an edited article', () => {
    const store = memoryChunkStore();
    namedThingsByChunk(REPORTS, store, 4);
    const chunks = store.written;
    expect(asLists(namedThingsByChunk(REPORTS, store, 4))).toEqual(expected);
    expect(store.taken).toBe(chunks);

    const edited = REPORTS.map((r, i) => (i === 17 ? { ...r, bodyText: `${r.bodyText} Ministers in Brussels said nothing.` } : r));
    const found = namedThingsByChunk(edited, store, 4);
    expect(store.written).toBe(chunks + 1);
    expect(found.get('report-17')?.has('brussels')).toBe(true);
  });

  it('read ahead from the last chunk back on another thread, are the same, and are not found twice', () => {
    const chunks = chunkBounds(
      REPORTS.map((r) => r.slug),
      4,
    ).length;
    const store = memoryChunkStore();
    // The other thread has found the first chunk already: reading ahead stops there.
    namedThingsByChunk(
      REPORTS.slice(
        0,
        chunkBounds(
          REPORTS.map((r) => r.slug),
          4,
        )[0]![1],
      ),
      store,
      4,
    );
    expect(store.written).toBe(1);
    expect(prefillNamedThings([...REPORTS].reverse(), store, 4)).toBe(chunks - 1);
    expect(store.written).toBe(chunks);
    expect(asLists(namedThingsByChunk(REPORTS, store, 4))).toEqual(expected);
    expect(store.written).toBe(chunks);
    // With every chunk kept, nothing is read ahead.
    expect(prefillNamedThings(REPORTS, store, 4)).toBe(0);
  });
});
