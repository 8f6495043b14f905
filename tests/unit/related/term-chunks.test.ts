import { describe, expect, it } from 'vitest';
import { bodyTextOf } from '../../../src/lib/related/body-text.ts';
import { createTermColumns, createVocabulary, renumberTermsByKey } from '../../../src/lib/related/features.ts';
import { findRelated, type RelatedInput } from '../../../src/lib/related/find-related.ts';
import { chunkBounds, chunkKey, prefillTermChunks, readAllTerms, type TermChunkStore } from '../../../src/lib/related/term-chunks.ts';
import { DEFAULT_TUNING } from '../../../src/lib/related/tuning.ts';
import { generatedSite } from '../../support/generated-site.ts';
import { memoryChunkStore } from '../../support/memory-chunk-store.ts';

// Short made-up reports, written for these tests: the same names and words written in
// different ways (capitalised, in lower case, in a shouted headline) in different articles,
// so that which article saw a way first decides how a reason prints it.
const report = (slug: string, title: string, bodyText: string, extra: Partial<RelatedInput> = {}): RelatedInput => ({
  slug,
  title,
  standfirst: '',
  bodyText,
  tags: [],
  section: 'news',
  date: new Date('2026-03-02T09:00:00Z'),
  pinned: [],
  ...extra,
});

const REPORTS: RelatedInput[] = [
  report('a-ferry', 'FERRY STRIKE HALTS HARBOUR CROSSINGS', 'Crews of the Harbour Line walked out at dawn. The harbour master said ferries would stay moored.', { tags: ['Strikes'] }),
  report('b-ferry', 'Harbour Line talks resume', 'Talks between the Harbour Line and the crews resumed on Tuesday; the ferry timetable is cut.', { standfirst: 'Unions meet the operator.' }),
  report('c-port', 'Port of Rotterdam reopens', 'The port of rotterdam reopened after the storm. Dockers at the Port of Rotterdam cleared containers.', { tags: ['Ports', 'strikes'] }),
  report('d-kyiv', 'Київ: нові поромні маршрути', 'Нові поромні маршрути через Дніпро відкрили у Києві. Харбор Лайн не коментує.', { section: 'world' }),
  report('e-tokyo', '東京港で新しいフェリー航路', '東京港に新しいフェリーが到着した。 Harbour Line officials visited Tokyo.', { section: 'world' }),
  report('f-strike', 'Strike ends at the harbour', 'The strike ended when the HARBOUR LINE agreed to new rotas. Ferry crossings restart on Friday.', { tags: ['Strikes'] }),
  report('g-weather', 'Storm warning for the coast', 'Forecasters warned of gales on the coast; ferries may be cancelled again.', { section: '' }),
];

/** Every article's terms as (key, count) pairs, with every form, once the terms are numbered by key. */
function readTerms(docs: readonly RelatedInput[], store?: TermChunkStore, target?: number) {
  const vocabulary = createVocabulary();
  const columns = createTermColumns();
  readAllTerms(docs, DEFAULT_TUNING, vocabulary, columns, store, target);
  renumberTermsByKey(vocabulary, columns);
  const articles = docs.map((_, d) => {
    const entries: [string, number][] = [];
    for (let i = columns.offsets[d]!; i < columns.offsets[d + 1]!; i++) entries.push([vocabulary.keys[columns.ids[i]!]!, columns.counts[i]!]);
    return entries;
  });
  const forms = vocabulary.keys.map((key, id) => [key, vocabulary.lowerForm[id], vocabulary.capitalForm[id], vocabulary.shoutedForm[id]]);
  return { articles, forms };
}

const slugs = (count: number, prefix = 'story'): string[] => Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);

describe('chunks of articles, bounded by their slugs', () => {
  it.each<[string, string[], number]>([
    ['no article', [], 8],
    ['one article', ['only'], 8],
    ['a few hundred articles', slugs(300), 8],
    ['thousands of articles, the default size', slugs(5000), 1024],
    ['a size of one', slugs(20), 1],
  ])('cover %s in order, each article once, none longer than four times the size', (_, list, target) => {
    const bounds = chunkBounds(list, target);
    let next = 0;
    for (const [start, end] of bounds) {
      expect(start).toBe(next);
      expect(end).toBeGreaterThan(start);
      expect(end - start).toBeLessThanOrEqual(target * 4);
      next = end;
    }
    expect(next).toBe(list.length);
  });

  it('average about the size asked for', () => {
    const bounds = chunkBounds(slugs(20_000), 256);
    expect(20_000 / bounds.length).toBeGreaterThan(128);
    expect(20_000 / bounds.length).toBeLessThan(512);
  });

  it.each<[string, (list: string[]) => string[]]>([
    ['an article added', (list) => [...list.slice(0, 150), 'story-00149-b', ...list.slice(150)]],
    ['an article removed', (list) => [...list.slice(0, 150), ...list.slice(151)]],
  ])('change only the chunks around %s', (_, change) => {
    const before = slugs(400);
    const after = change(before);
    const members = (list: string[]) => chunkBounds(list, 16).map(([start, end]) => list.slice(start, end).join(' '));
    const old = new Set(members(before));
    const changed = members(after).filter((chunk) => !old.has(chunk));
    // The chunk the article was in, or it and the next when it ended one.
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(2);
  });
});

describe('the terms read in chunks', () => {
  it.each<[string, number]>([
    ['one article a chunk', 1],
    ['chunks of a few articles', 2],
    ['one chunk', 1024],
  ])('are the terms, counts and first-seen forms of one pass over every article (%s)', (_, target) => {
    const store = memoryChunkStore();
    const chunked = readTerms(REPORTS, store, target);
    expect(chunked).toEqual(readTerms(REPORTS));
    expect(store.written).toBe(
      chunkBounds(
        REPORTS.map((r) => r.slug),
        target,
      ).length,
    );
    // The shouted headline is not what prints a name another article wrote in capitals.
    const harbour = chunked.forms.find(([key]) => key === 'harbour');
    expect(harbour?.slice(1)).toEqual(['harbour', 'Harbour', 'harbour']);
  });

  it('are the same when another thread read chunks ahead from the last back, and no chunk is read twice', () => {
    const chunks = chunkBounds(
      REPORTS.map((r) => r.slug),
      1,
    ).length;
    const store = memoryChunkStore();
    // Read ahead while the first chunk is already kept: it stops there.
    readTerms(REPORTS.slice(0, 1), store, 1);
    expect(prefillTermChunks(REPORTS, DEFAULT_TUNING, store, 1)).toBe(chunks - 1);
    expect(store.written).toBe(chunks);
    expect(readTerms(REPORTS, store, 1)).toEqual(readTerms(REPORTS));
    expect(store.written).toBe(chunks);
    expect(prefillTermChunks(REPORTS, DEFAULT_TUNING, store, 1)).toBe(0);
  });

  it('are the same when taken back from the store as when read', () => {
    const store = memoryChunkStore();
    const first = readTerms(REPORTS, store, 2);
    const written = store.written;
    const second = readTerms(REPORTS, store, 2);
    expect(second).toEqual(first);
    expect(store.taken).toBe(written);
    expect(store.written).toBe(written);
  });

  it.each<[string, Partial<RelatedInput>, boolean]>([
    ['a headline', { title: 'Ferry strike called off' }, true],
    ['a standfirst', { standfirst: 'Crews return.' }, true],
    ['a body', { bodyText: 'Crews walked out at noon.' }, true],
    ['the tags', { tags: ['Ports'] }, true],
    ['the section', { section: 'business' }, true],
    ['only the date, which no word comes from', { date: new Date('2027-01-01T00:00:00Z') }, false],
    ['only the editors’ related links', { pinned: ['b-ferry'] }, false],
  ])('are read again for a chunk whose article changed %s', (_, change, readAgain) => {
    const before = chunkKey([REPORTS[0]!, REPORTS[1]!], DEFAULT_TUNING);
    const after = chunkKey([{ ...REPORTS[0]!, ...change }, REPORTS[1]!], DEFAULT_TUNING);
    expect(after !== before).toBe(readAgain);
  });

  it.each<[string, number]>([
    ['the first', 0],
    ['one in the middle', 3],
    ['the last', REPORTS.length - 1],
  ])('are those of one pass when %s article changed and only its chunk is read again', (_, changed) => {
    const store = memoryChunkStore();
    readTerms(REPORTS, store, 2);
    const edited = REPORTS.map((r, i) => (i === changed ? { ...r, bodyText: `${bodyTextOf(r.bodyText)} Freight crossings to Rotterdam resume at dawn.` } : r));
    const written = store.written;
    expect(readTerms(edited, store, 2)).toEqual(readTerms(edited));
    expect(store.written).toBe(written + 1);
  });

  it('are read again when the weights of the words change', () => {
    expect(chunkKey(REPORTS, { ...DEFAULT_TUNING, titleWeight: DEFAULT_TUNING.titleWeight + 1 })).not.toBe(chunkKey(REPORTS, DEFAULT_TUNING));
  });
});

describe('related links with the words kept between runs', () => {
  // Enough articles for a few chunks of the default size.
  const site = generatedSite(3500, { seed: 5, words: 30 }).articles;
  const expected = findRelated(site);

  it('are the links of a run that kept nothing, when read, when taken back, and after an edit', { timeout: 60_000 }, () => {
    const store = memoryChunkStore();
    expect(findRelated(site, { termStore: store })).toEqual(expected);
    const chunks = store.written;
    expect(chunks).toBe(chunkBounds(site.map((a) => a.slug)).length);
    expect(chunks).toBeGreaterThan(1);
    expect(findRelated(site, { termStore: store })).toEqual(expected);
    expect(store.taken).toBe(chunks);

    const edited = site.map((a, i) => (i === 1700 ? { ...a, bodyText: `${a.bodyText} Harbour crews walked out at dawn.` } : a));
    const written = store.written;
    expect(findRelated(edited, { termStore: store })).toEqual(findRelated(edited));
    expect(store.written - written).toBe(1);
  });
});
