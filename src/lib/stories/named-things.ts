// The named things of an article (people, places, organisations, figures): the words a reader
// would expect two reports of one event to share, where two reports of one kind of event share
// only the kind ("dividend", "earthquake").
import { sha256 } from '../hash.ts';
import { bodyKeyOf, bodyTextOf, type BodyText } from '../related/body-text.ts';
import { isCalendarWord, isShouting } from '../related/name-words.ts';
import { CHUNK_TARGET, chunksOf, fillFromTheEnd, inSlugOrder } from '../related/term-chunks.ts';

// A capitalised word, or a figure of two or more digits ("14", "6.1", "5,000").
const NAMED = /[\p{Lu}][\p{L}\p{M}’'-]*|\d[\d.,]*\d/gu;
// What comes before a word that opens a sentence, a paragraph or a line of a table ("Shr 28 cts").
const SENTENCE_END = /(?:[.!?:"“”]|\n)\s*$/u;

/** The distinct named things of a text: capitalised words not opening a sentence or a line, and figures. */
export function namedThings(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    // In text written in capitals, casing names nothing; its figures still count.
    const shouting = isShouting(text);
    for (const m of text.matchAll(NAMED)) {
      const word = m[0];
      const at = m.index;
      const isFigure = word.charCodeAt(0) < 58;
      if (!isFigure) {
        if (shouting || at === 0 || SENTENCE_END.test(text.slice(Math.max(0, at - 3), at)) || isCalendarWord(word)) continue;
      }
      found.add(isFigure ? word.replace(/[.,]$/, '') : word.toLowerCase());
    }
  }
  return found;
}

/** How many articles each named thing is in. */
export function countNames(perArticle: readonly ReadonlySet<string>[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const names of perArticle) for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  return count;
}

// A name in this many articles or more weighs nothing. A fixed count, not a share of the site,
// so that adding an article changes the weight of its own names only, and no other story moves.
const NAME_COUNT_LIMIT = 1000;

/**
 * The summed weight of the names two articles share, each weighing log(limit / articles it is
 * in): a name in two articles weighs about 6.2, one in a hundred 2.3, the wire's own nothing.
 */
export function sharedNameWeight(a: ReadonlySet<string>, b: ReadonlySet<string>, counts: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let weight = 0;
  for (const name of small) {
    if (!large.has(name)) continue;
    const count = counts.get(name) ?? NAME_COUNT_LIMIT;
    if (count < NAME_COUNT_LIMIT) weight += Math.log(NAME_COUNT_LIMIT / count);
  }
  return weight;
}

/** Where the named things of chunks of articles are kept between runs, by key; a chunk not given back is found again. */
export interface NamedThingsStore {
  /** Each article's named things in the chunk kept under `key` for `articles` articles, or undefined. */
  readNames(key: string, articles: number): readonly (readonly string[])[] | undefined;
  /** Keeps a chunk's named things under `key`. */
  writeNames(key: string, names: readonly (readonly string[])[]): void;
}

/** An article's slug and the texts its named things are found in. */
export interface NamedText {
  readonly slug: string;
  readonly title: string;
  readonly standfirst: string;
  readonly bodyText: BodyText;
}

// Bumped when namedThings finds other things: chunks kept under the old rules are then found again.
const NAMES_FORMAT = 1;

/**
 * Each article's named things (namedThings of its headline, standfirst and body), by slug: read
 * in the related engine's chunks (`chunksOf`, in slug order), each taken from
 * `store` when kept there under the digest of its texts, else found and kept.
 */
export function namedThingsByChunk(articles: readonly NamedText[], store: NamedThingsStore, target: number = CHUNK_TARGET): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const chunk of nameChunks(articles, target)) {
    const key = namesKey(chunk);
    let names = store.readNames(key, chunk.length);
    if (names === undefined) {
      names = namesOf(chunk);
      store.writeNames(key, names);
    }
    chunk.forEach((doc, i) => found.set(doc.slug, new Set(names[i])));
  }
  return found;
}

/**
 * Finds and keeps in `store` the named things of the chunks namedThingsByChunk will read (the
 * same articles and target), from the last chunk back, and stops at the first one the store
 * holds: on a second thread, ahead of the stories. Returns how many chunks it found.
 */
export function prefillNamedThings(articles: readonly NamedText[], store: NamedThingsStore, target: number = CHUNK_TARGET): number {
  return fillFromTheEnd(
    nameChunks(articles, target),
    (chunk) => store.readNames(namesKey(chunk), chunk.length) !== undefined,
    (chunk) => store.writeNames(namesKey(chunk), namesOf(chunk)),
  );
}

// The related engine's chunks (`chunksOf`, in slug order).
function nameChunks(articles: readonly NamedText[], target: number): NamedText[][] {
  return chunksOf(inSlugOrder(articles), target);
}

// The digest of a chunk's texts, which its named things are kept under.
function namesKey(chunk: readonly NamedText[]): string {
  return sha256([`names ${NAMES_FORMAT}\n`, ...chunk.map(({ title, standfirst, bodyText }) => `${JSON.stringify([title, standfirst, bodyKeyOf(bodyText)])}\n`)], 'base64url');
}

function namesOf(chunk: readonly NamedText[]): string[][] {
  return chunk.map(({ title, standfirst, bodyText }) => [...namedThings([title, standfirst, bodyTextOf(bodyText)])]);
}
