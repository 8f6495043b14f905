// Reading every article's words is most of the engine's time on a large site, and an edit
// changes one article's words only. So the articles (in slug order) are read in chunks whose
// bounds come from the slugs themselves, each chunk's terms can be kept between builds under
// the digest of what it was read from, and the chunks are joined into exactly the vocabulary
// and columns one pass over every article gives: the same term ids, counts and first-seen forms.
import { fnv1aCodeUnits, sha256 } from '../hash.ts';
import { bodyKeyOf } from './body-text.ts';
import { createTermColumns, createTermScratch, createVocabulary, extractTerms, reserveColumns, termIdOf, type TermColumns, type TermScratch, type Vocabulary } from './features.ts';
import type { RelatedInput, Tuning } from './types.ts';

/** Bumped when what a chunk holds, or how it is read, changes: chunks kept under the old format are then read again. */
const FORMAT = 1;

/** The mean number of articles in a chunk: one in this many slugs ends one. */
export const CHUNK_TARGET = 1024;

/**
 * The terms of a run of consecutive articles, as one pass over them alone reads them: its own
 * term keys numbered by first sight, the first way each was written (lower case, capitalised,
 * in shouted text), and each article's entries (local ids and weighted counts).
 */
export interface TermChunk {
  readonly keys: readonly string[];
  readonly lowerForm: readonly (string | undefined)[];
  readonly capitalForm: readonly (string | undefined)[];
  readonly shoutedForm: readonly (string | undefined)[];
  /** Article i of the chunk holds entries offsets[i] to offsets[i + 1]. */
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly counts: Float64Array;
}

/** Where chunks are kept between runs, by key; a chunk that cannot be read is simply read from the articles again. */
export interface TermChunkStore {
  /** The chunk kept under `key` for `articles` articles, or undefined. */
  read(key: string, articles: number): TermChunk | undefined;
  /** Keeps a chunk under `key`. */
  write(key: string, chunk: TermChunk): void;
}

/**
 * Where the chunks of articles with these slugs (in slug order) start and end, as [start, end)
 * pairs. A chunk ends after a slug whose hash is a multiple of `target`, or once it holds four
 * times `target` articles: adding or removing an article changes the chunk it is in (and may
 * split or join it with the next), never the others.
 */
export function chunkBounds(slugs: readonly string[], target: number = CHUNK_TARGET): [number, number][] {
  const bounds: [number, number][] = [];
  const longest = Math.max(1, target * 4);
  let start = 0;
  for (let i = 0; i < slugs.length; i++) {
    if ((fnv1aCodeUnits(slugs[i]!) >>> 0) % target === 0 || i + 1 - start >= longest) {
      bounds.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < slugs.length) bounds.push([start, slugs.length]);
  return bounds;
}

/**
 * `docs` in the one order the engine reads them (by slug, by UTF-16 code units), whatever order
 * they came in: every id, sum and tie then depends on the articles alone, and the words and
 * the named things are cut into the same chunks (`chunksOf`).
 */
export function inSlugOrder<T extends { readonly slug: string }>(docs: readonly T[]): T[] {
  return [...docs].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** `docs` (in slug order) cut into the chunks `chunkBounds` gives for their slugs: what the words and the named things are kept by. */
export function chunksOf<T extends { readonly slug: string }>(docs: readonly T[], target: number = CHUNK_TARGET): T[][] {
  return chunkBounds(
    docs.map((d) => d.slug),
    target,
  ).map(([start, end]) => docs.slice(start, end));
}

/**
 * Makes and keeps (`keep`) each of `chunks` from the last back, and stops at the first one
 * already kept (`kept`): what a second thread does while the first goes from the first chunk
 * on, so that the two meet about half way. Returns how many it made.
 */
export function fillFromTheEnd<C>(chunks: readonly C[], kept: (chunk: C) => boolean, keep: (chunk: C) => void): number {
  let made = 0;
  for (let c = chunks.length - 1; c >= 0 && !kept(chunks[c]!); c--) {
    keep(chunks[c]!);
    made++;
  }
  return made;
}

/** The key a chunk of these articles is kept under: the digest of every field its terms are read from, and of the weights. */
export function chunkKey(articles: readonly RelatedInput[], tuning: Tuning): string {
  const { titleWeight, standfirstWeight, entityWeight, tagWeight, sectionWeight } = tuning;
  const parts = [`${FORMAT}\0${JSON.stringify([titleWeight, standfirstWeight, entityWeight, tagWeight, sectionWeight])}\n`];
  for (const { title, standfirst, bodyText, tags, section } of articles) parts.push(`${JSON.stringify([title, standfirst, bodyKeyOf(bodyText), tags, section])}\n`);
  return sha256(parts, 'base64url');
}

/** Reads the terms of a run of articles on their own. */
export function readChunk(articles: readonly RelatedInput[], tuning: Tuning, scratch: TermScratch = createTermScratch()): TermChunk {
  const vocabulary = createVocabulary();
  const columns = createTermColumns();
  for (const article of articles) extractTerms(article, tuning, vocabulary, scratch, columns);
  const total = columns.offsets[columns.offsets.length - 1]!;
  const size = vocabulary.keys.length;
  const dense = (form: readonly (string | undefined)[]): (string | undefined)[] => Array.from({ length: size }, (_, id) => form[id]);
  return {
    keys: vocabulary.keys,
    lowerForm: dense(vocabulary.lowerForm),
    capitalForm: dense(vocabulary.capitalForm),
    shoutedForm: dense(vocabulary.shoutedForm),
    offsets: Int32Array.from(columns.offsets),
    ids: columns.ids.slice(0, total),
    counts: columns.counts.slice(0, total),
  };
}

/**
 * Appends a chunk's articles to the site's vocabulary and columns, as if they had been read
 * right there: a key new to the site gets the next id, in the order the chunk first saw it,
 * and a form is taken only where the site has none yet. An article's entries keep the chunk's
 * order, not ascending ids, until renumberTermsByKey sorts them.
 */
export function appendChunk(chunk: TermChunk, vocabulary: Vocabulary, columns: TermColumns): void {
  const local = new Int32Array(chunk.keys.length);
  const { lowerForm, capitalForm, shoutedForm } = vocabulary;
  for (let l = 0; l < chunk.keys.length; l++) {
    const id = termIdOf(vocabulary, chunk.keys[l]!);
    local[l] = id;
    lowerForm[id] ??= chunk.lowerForm[l];
    capitalForm[id] ??= chunk.capitalForm[l];
    shoutedForm[id] ??= chunk.shoutedForm[l];
  }
  const start = columns.offsets[columns.offsets.length - 1]!;
  reserveColumns(columns, start + chunk.ids.length);
  for (let i = 0; i < chunk.ids.length; i++) columns.ids[start + i] = local[chunk.ids[i]!]!;
  columns.counts.set(chunk.counts, start);
  for (let a = 1; a < chunk.offsets.length; a++) columns.offsets.push(start + chunk.offsets[a]!);
}

/**
 * Reads the terms of every article (in slug order) into `vocabulary` and `columns`. With a
 * `store`, chunk by chunk: a chunk kept under its key is taken from the store, any other read
 * and kept. Without one, in one pass. Either way gives the same vocabulary and columns once
 * renumberTermsByKey has numbered the terms.
 */
export function readAllTerms(docs: readonly RelatedInput[], tuning: Tuning, vocabulary: Vocabulary, columns: TermColumns, store?: TermChunkStore, target: number = CHUNK_TARGET): void {
  const scratch = createTermScratch();
  if (store === undefined) {
    for (const doc of docs) extractTerms(doc, tuning, vocabulary, scratch, columns);
    return;
  }
  const chunks = chunksOf(docs, target).map((articles) => {
    const key = chunkKey(articles, tuning);
    return { articles, key, kept: store.read(key, articles.length) };
  });
  // The columns are sized once, for the kept chunks' entries and as many a read article for the
  // others: grown by doubling, an archive's columns were allocated over and over, and V8 counts
  // each large typed array let go towards a full collection of the engine's heap.
  let keptEntries = 0;
  let keptArticles = 0;
  for (const { articles, kept } of chunks) {
    if (kept === undefined) continue;
    keptEntries += kept.ids.length;
    keptArticles += articles.length;
  }
  const perArticle = keptArticles === 0 ? 0 : keptEntries / keptArticles;
  reserveColumns(columns, Math.ceil(keptEntries + perArticle * (docs.length - keptArticles)));
  for (const { articles, key, kept } of chunks) {
    // Looked for again when its turn comes: another thread may have read it meanwhile (prefillTermChunks).
    let chunk = kept ?? store.read(key, articles.length);
    if (chunk === undefined) {
      chunk = readChunk(articles, tuning, scratch);
      store.write(key, chunk);
    }
    appendChunk(chunk, vocabulary, columns);
  }
}

/**
 * Reads the chunks readAllTerms will want of `docs` (in slug order, with the same tuning and
 * target) into `store`, from the last chunk back, and stops at the first one the store holds:
 * run on a second thread while readAllTerms goes from the first chunk on, the two meet in the
 * middle, each chunk read once or, where they meet, twice at most. Returns how many it read.
 */
export function prefillTermChunks(docs: readonly RelatedInput[], tuning: Tuning, store: TermChunkStore, target: number = CHUNK_TARGET): number {
  const scratch = createTermScratch();
  const chunks = chunksOf(docs, target).map((articles) => ({ articles, key: chunkKey(articles, tuning) }));
  return fillFromTheEnd(
    chunks,
    ({ articles, key }) => store.read(key, articles.length) !== undefined,
    ({ articles, key }) => store.write(key, readChunk(articles, tuning, scratch)),
  );
}
