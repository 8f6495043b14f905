// The named things of an article (people, places, organisations, figures): the words a reader
// would expect two reports of one event to share, where two reports of one kind of event share
// only the kind ("dividend", "earthquake").
import { isCalendarWord, isShouting } from '../related/name-words.ts';

// A capitalised word, or a figure of two or more digits ("14", "6.1", "5,000").
const NAMED = /[\p{Lu}][\p{L}\p{M}’'-]*|\d[\d.,]*\d/gu;
/** Articles a name may be in however small the site. */
export const MIN_NAME_LIMIT = 20;
const SENTENCE_END = /[.!?:"“”]\s*$/u;

/** The distinct named things of a text: capitalised words not opening a sentence, and figures. */
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

/**
 * Keeps, for each article, only the named things in at most `maxShare` of the articles: a name
 * every story carries (the wire's own) tells no event apart. Never fewer than MIN_NAME_LIMIT,
 * so that on a small site one story's own names are never taken for the wire's.
 */
export function distinctiveNames(perArticle: readonly Set<string>[], maxShare: number): Set<string>[] {
  const count = new Map<string, number>();
  for (const names of perArticle) for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  const limit = Math.max(MIN_NAME_LIMIT, Math.floor(maxShare * perArticle.length));
  return perArticle.map((names) => new Set([...names].filter((n) => count.get(n)! <= limit)));
}

/** True when two sets of names share one. */
export function shareName(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const name of small) if (large.has(name)) return true;
  return false;
}
