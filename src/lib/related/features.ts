import { fnv1aCodeUnits } from '../hash.ts';
import { bodyTextOf } from './body-text.ts';
import { TermKind, type ReasonVocabulary } from './reasons.ts';
import { isCalendarWord, isShouting } from './name-words.ts';
import { scanText } from './scan.ts';
import { termOf } from './term-of.ts';
import type { RelatedInput, Tuning } from './types.ts';
import { MISSING, addWordTo, createWordTable, findWordAt, type WordTable } from './word-table.ts';

/** Feature keys of names, tags and sections start with a character no word token can contain. */
export const ENTITY_PREFIX = '#';
/** Prefix of editor tag features. */
export const TAG_PREFIX = '@';
/** Prefix of the section feature. */
export const SECTION_PREFIX = '§';

/**
 * Feature keys and their ids, numbered in order of first sight, with how each was first
 * written: forms are kept once per site, not once per article, which keeps memory flat.
 */
export interface Vocabulary {
  /** Feature key → term id. */
  readonly ids: WordTable;
  readonly keys: string[];
  /** Lower-case word → term id, or -1 for words that are no term: one look-up per word read. */
  readonly words: WordTable;
  /** Lower-case multi-word name → its term id, so names skip building their prefixed key. */
  readonly names: WordTable;
  /** First lower-case sighting in normal text ("tariffs"): the term is a common word. */
  readonly lowerForm: Array<string | undefined>;
  /** First capitalised sighting in normal text ("Bundesbank", "Vladimir Putin"). */
  readonly capitalForm: Array<string | undefined>;
  /** First sighting in text written in capitals, lower-cased ("allocates"). */
  readonly shoutedForm: Array<string | undefined>;
}

/**
 * Every article's features in two long columns, article after article: article d holds
 * entries offsets[d] to offsets[d + 1], term ids ascending. A few big arrays instead of two
 * small ones per article spare the garbage collector most of its work on large sites.
 */
export interface TermColumns {
  ids: Int32Array;
  counts: Float64Array;
  readonly offsets: number[];
}

/** Creates empty columns. */
export function createTermColumns(): TermColumns {
  return { ids: new Int32Array(1 << 16), counts: new Float64Array(1 << 16), offsets: [0] };
}

/** The id of a feature key, the next id when the vocabulary has not seen it yet. */
export function termIdOf(vocabulary: Vocabulary, key: string): number {
  const hash = fnv1aCodeUnits(key);
  let id = findWordAt(vocabulary.ids, key, 0, key.length, hash);
  if (id === MISSING) {
    id = vocabulary.keys.length;
    addWordTo(vocabulary.ids, key, hash, id);
    vocabulary.keys.push(key);
  }
  return id;
}

/** Grows the columns, doubling, until they hold `entries` entries. */
export function reserveColumns(columns: TermColumns, entries: number): void {
  if (entries <= columns.ids.length) return;
  const ids = new Int32Array(Math.max(entries, columns.ids.length * 2));
  ids.set(columns.ids);
  columns.ids = ids;
  const counts = new Float64Array(ids.length);
  counts.set(columns.counts);
  columns.counts = counts;
}

/** Creates an empty vocabulary. */
export function createVocabulary(): Vocabulary {
  return { ids: createWordTable(), keys: [], words: createWordTable(), names: createWordTable(), lowerForm: [], capitalForm: [], shoutedForm: [] };
}

/** Per-id counts and a sorting buffer reused across articles, so extracting one allocates little. */
export interface TermScratch {
  counts: Float64Array;
  order: Int32Array;
}

/** Allocates scratch space; it grows with the vocabulary. */
export function createTermScratch(): TermScratch {
  return { counts: new Float64Array(1024), order: new Int32Array(1024) };
}

/** Appends an article's weighted feature counts (headline, standfirst, body, tags, section) to the columns. */
export function extractTerms(article: RelatedInput, tuning: Tuning, vocabulary: Vocabulary, scratch: TermScratch, out: TermColumns): void {
  const touched: number[] = [];
  const { lowerForm, capitalForm, shoutedForm } = vocabulary;
  const idOf = (key: string): number => {
    const id = termIdOf(vocabulary, key);
    if (id >= scratch.counts.length) {
      const counts = new Float64Array(scratch.counts.length * 2);
      counts.set(scratch.counts);
      scratch.counts = counts;
    }
    return id;
  };
  const count = (id: number, weight: number): void => {
    if (scratch.counts[id] === 0) touched.push(id);
    scratch.counts[id]! += weight;
  };
  const nameId = (key: string, surface: string): number => {
    const hash = fnv1aCodeUnits(key);
    let id = findWordAt(vocabulary.names, key, 0, key.length, hash);
    if (id === MISSING) {
      id = idOf(ENTITY_PREFIX + key);
      addWordTo(vocabulary.names, key, hash, id);
      capitalForm[id] ??= surface;
    }
    return id;
  };
  const resolve = (word: string, hash: number): number => {
    const term = termOf(word);
    const id = term === '' ? -1 : idOf(term);
    addWordTo(vocabulary.words, word, hash, id);
    return id;
  };
  // Remembers how a term is written, the first time it is seen in each of the three ways.
  const note = (id: number, surface: string, shouting: boolean, lower: boolean): void => {
    if (shouting) shoutedForm[id] ??= surface.toLowerCase();
    else if (lower) lowerForm[id] ??= surface;
    else capitalForm[id] ??= surface;
  };
  const addWord = (word: string, surface: string, weight: number, shouting: boolean): void => {
    const hash = fnv1aCodeUnits(word);
    let id = findWordAt(vocabulary.words, word, 0, word.length, hash);
    if (id === MISSING) id = resolve(word, hash);
    if (id < 0) return;
    note(id, surface, shouting, surface === word);
    count(id, weight);
  };
  // The fast path: words are matched in place and cut out of the text only the first time.
  const addWordAt = (lowered: string, original: string, start: number, end: number, hash: number, weight: number, shouting: boolean): void => {
    let id = findWordAt(vocabulary.words, lowered, start, end, hash);
    if (id === MISSING) id = resolve(lowered.slice(start, end), hash);
    if (id < 0) return;
    const lower = original.charCodeAt(start) === lowered.charCodeAt(start);
    const form = shouting ? shoutedForm : lower ? lowerForm : capitalForm;
    if (form[id] === undefined) note(id, original.slice(start, end), shouting, lower);
    count(id, weight);
  };
  const fields: ReadonlyArray<readonly [string, number]> = [
    [article.title, tuning.titleWeight],
    [article.standfirst, tuning.standfirstWeight],
    [bodyTextOf(article.bodyText), 1],
  ];
  for (const [text, weight] of fields) {
    if (text.length === 0) continue;
    const shouting = isShouting(text);
    const nameWeight = weight * tuning.entityWeight;
    scanText(
      text,
      (word, surface) => addWord(word, surface, weight, shouting),
      nameWeight > 0 ? (key, surface) => count(nameId(key, surface), nameWeight) : undefined,
      shouting,
      (lowered, original, start, end, hash) => addWordAt(lowered, original, start, end, hash, weight, shouting),
    );
  }
  for (const tag of new Set(article.tags.map((t) => t.trim()))) {
    if (tag.length === 0) continue;
    const id = idOf(TAG_PREFIX + tag.toLowerCase());
    capitalForm[id] ??= tag;
    count(id, tuning.tagWeight);
  }
  const section = article.section.trim();
  if (section.length > 0) count(idOf(SECTION_PREFIX + section.toLowerCase()), tuning.sectionWeight);

  // A typed array sorts numbers natively, far faster than a comparator over a plain array.
  if (scratch.order.length < touched.length) scratch.order = new Int32Array(touched.length * 2);
  const order = scratch.order.subarray(0, touched.length);
  order.set(touched);
  order.sort();
  const start = out.offsets[out.offsets.length - 1]!;
  const end = start + order.length;
  reserveColumns(out, end);
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    out.ids[start + i] = id;
    out.counts[start + i] = scratch.counts[id]!;
    scratch.counts[id] = 0;
  }
  out.offsets.push(end);
}

/** Sorts the vocabulary into the kinds of things a reason may name, and how to write each. */
export function reasonVocabulary(vocabulary: Vocabulary): ReasonVocabulary {
  const size = vocabulary.keys.length;
  const kinds = new Uint8Array(size);
  const display: string[] = [];
  for (let id = 0; id < size; id++) {
    const key = vocabulary.keys[id]!;
    const first = key.charAt(0);
    const capital = vocabulary.capitalForm[id];
    const lower = vocabulary.lowerForm[id];
    if (first === ENTITY_PREFIX || first === TAG_PREFIX) {
      kinds[id] = TermKind.name;
      display.push(capital ?? key.slice(1));
    } else if (first === SECTION_PREFIX) {
      display.push('');
    } else if (lower !== undefined || capital === undefined) {
      // Seen in lower case somewhere (or only in capitals-only text): a common word.
      kinds[id] = TermKind.common;
      display.push(lower ?? vocabulary.shoutedForm[id] ?? key);
    } else {
      // Never seen in lower case: a name, unless it is a day or a month.
      kinds[id] = isCalendarWord(capital) ? TermKind.skip : TermKind.proper;
      display.push(capital);
    }
  }
  return { kinds, display, words: [] };
}

/**
 * Renumbers the terms in the order of their keys, in place, once every article is read.
 * Ids numbered by first sight shift whenever an edit adds a word, and ids decide ties, the
 * latent space's columns and the order of sums; in key order, a new word leaves every other
 * term's place among the rest unchanged. The vocabulary's look-up tables are stale afterwards.
 */
export function renumberTermsByKey(vocabulary: Vocabulary, columns: TermColumns): void {
  const size = vocabulary.keys.length;
  const byKey = Array.from({ length: size }, (_, id) => id).sort((a, b) => {
    const x = vocabulary.keys[a]!;
    const y = vocabulary.keys[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const newId = new Int32Array(size);
  byKey.forEach((old, id) => {
    newId[old] = id;
  });
  for (const values of [vocabulary.keys, vocabulary.lowerForm, vocabulary.capitalForm, vocabulary.shoutedForm] as (string | undefined)[][]) {
    const permuted = byKey.map((old) => values[old]);
    for (let id = 0; id < size; id++) values[id] = permuted[id];
  }
  // Each article's entries are re-sorted by their new ids, counts alongside: a term is in an
  // article once, so its count is parked under its id while the ids sort natively.
  const { offsets } = columns;
  const parked = new Float64Array(size);
  for (let d = 0; d + 1 < offsets.length; d++) {
    const start = offsets[d]!;
    const end = offsets[d + 1]!;
    const ids = columns.ids.subarray(start, end);
    for (let i = start; i < end; i++) {
      const id = newId[columns.ids[i]!]!;
      columns.ids[i] = id;
      parked[id] = columns.counts[i]!;
    }
    ids.sort();
    for (let i = start; i < end; i++) columns.counts[i] = parked[columns.ids[i]!]!;
  }
}
