import type { SparseVector } from './vectorize.ts';

/** The reason shown for a link the editors chose by hand. */
export const PINNED_REASON = 'Pinned by the editors';
/** The reason shown when two stories are alike but share no single telling name or word. */
export const GENERIC_REASON = 'Similar coverage';

const MAX_NAMES = 3;
// Shared features considered per kind; a few spare ones make up for those a longer name covers.
const SHORTLIST = 8;
const MIN_SHOWN_LENGTH = 3;

/** Formats the reason line for the named things two stories share: "Also about: Vladimir Putin, North Korea". */
export function formatReasonLine(names: readonly string[]): string {
  return names.length === 0 ? GENERIC_REASON : `Also about: ${names.join(', ')}`;
}

// Keeps the heaviest few entries (term ids) in descending weight; ties keep the order offered.
const offer = (list: number[], weights: number[], position: number, weight: number): void => {
  let at = list.length;
  while (at > 0 && weights[at - 1]! < weight) at--;
  if (at >= SHORTLIST) return;
  list.splice(at, 0, position);
  weights.splice(at, 0, weight);
  if (list.length > SHORTLIST) {
    list.pop();
    weights.pop();
  }
};

// The lower-case words of a term's display form, worked out once per term.
const wordsOf = (vocabulary: ReasonVocabulary, id: number): readonly string[] => {
  let words = vocabulary.words[id];
  if (words === undefined) {
    words = (vocabulary.display[id] ?? '').toLowerCase().split(/[\s-]+/u);
    vocabulary.words[id] = words;
  }
  return words;
};

const shareAWord = (x: readonly string[], y: readonly string[]): boolean => x.some((w) => y.includes(w));

// True when `part` occurs in `whole` as consecutive words.
const containsRun = (whole: readonly string[], part: readonly string[]): boolean => {
  for (let i = 0; i + part.length <= whole.length; i++) {
    let k = 0;
    while (k < part.length && whole[i + k] === part[k]) k++;
    if (k === part.length) return true;
  }
  return false;
};

// A name that shares a word with one already chosen would only repeat it ("Bernie Sanders",
// "Senator Bernie"); a longer one that contains all it overlaps replaces them ("Putin" →
// "Vladimir Putin"). Names are term ids.
const addName = (chosen: number[], vocabulary: ReasonVocabulary, id: number): void => {
  const words = wordsOf(vocabulary, id);
  let first = -1;
  for (let i = 0; i < chosen.length; i++) {
    const other = wordsOf(vocabulary, chosen[i]!);
    if (!shareAWord(words, other)) continue;
    if (!containsRun(words, other)) return;
    if (first < 0) first = i;
  }
  if (first < 0) {
    chosen.push(id);
    return;
  }
  // Replace the first overlapped name in place and drop the others.
  for (let i = chosen.length - 1; i > first; i--) {
    if (shareAWord(words, wordsOf(vocabulary, chosen[i]!))) chosen.splice(i, 1);
  }
  chosen[first] = id;
};

/** How a shared feature can serve in a reason. */
export const TermKind = { skip: 0, name: 1, proper: 2, common: 3 } as const;

/** What the engine knows about its vocabulary, for wording reasons. */
export interface ReasonVocabulary {
  /** TermKind of each term id: names and tags, proper words ("Bundesbank"), common words, or none. */
  readonly kinds: Uint8Array;
  /** How each term is shown: as first written ("Vladimir Putin", "tariffs", "Bundesbank"). */
  readonly display: readonly string[];
  /** Cache of each display form's lower-case words, filled as reasons need them. */
  readonly words: Array<readonly string[] | undefined>;
}

/**
 * Picks the named things two articles share that weigh most in their similarity: tags and
 * multi-word names first, then proper words, then, only if little else is shared, common words.
 * Article a comes as its weights indexed by term id (0 where it lacks a term), as the scorer
 * holds it, so this is one pass over b.
 */
export function sharedNames(aWeights: ArrayLike<number>, b: SparseVector, vocabulary: ReasonVocabulary): string[] {
  const names: number[] = [];
  const nameWeights: number[] = [];
  const properWords: number[] = [];
  const properWeights: number[] = [];
  const words: number[] = [];
  const wordWeights: number[] = [];
  const { kinds } = vocabulary;
  const ids = b.ids;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j]!;
    const wa = aWeights[id]!;
    if (wa === 0) continue;
    const kind = kinds[id];
    const weight = wa * b.weights[j]!;
    if (kind === TermKind.name) offer(names, nameWeights, id, weight);
    else if (kind === TermKind.proper) offer(properWords, properWeights, id, weight);
    else if (kind === TermKind.common) offer(words, wordWeights, id, weight);
  }
  const chosen: number[] = [];
  const fill = (candidates: readonly number[], upTo: number): void => {
    for (const id of candidates) {
      if (chosen.length >= upTo) return;
      // Scraps such as "al" (from "al-Assad") or "st" explain nothing on their own.
      if ((vocabulary.display[id] ?? '').length >= MIN_SHOWN_LENGTH) addName(chosen, vocabulary, id);
    }
  };
  fill(names, MAX_NAMES);
  fill(properWords, MAX_NAMES);
  // Common words explain a link only when no names do, and two are plenty.
  fill(words, Math.max(chosen.length, 2));
  return chosen.map((id) => vocabulary.display[id]!);
}
