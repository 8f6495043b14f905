import { STOPWORDS } from './stopwords.ts';

/** Receives each multi-word name of a text: a lower-case key and the name as written. */
export type NameVisitor = (key: string, surface: string) => void;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SHOUT_SAMPLE = 2000;

/** Lower-case words that may sit inside a name: "Bank of England", "Ministry of Defence". */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'del', 'der', 'van', 'von', 'al', 'bin', 'la', 'le']);
/** Titles and ranks that stand before names ("President Vladimir Putin") and are no part of them. */
export const TITLES: ReadonlySet<string> = new Set(
  'president vice prime minister premier chancellor senator sen rep representative congressman congresswoman governor gov mayor king queen prince princess pope saint st sheikh emir ayatollah archbishop bishop cardinal reverend rev father sister general gen admiral colonel col captain capt lieutenant lt sergeant sgt major commander officer constable detective inspector superintendent judge justice secretary ambassador minister chairman chairwoman chair director chief ceo spokesman spokeswoman spokesperson professor prof doctor dr mr mrs ms mx sir dame lord lady baroness baron former acting deputy'.split(
    ' ',
  ),
);
// Calendar words are capitalised but name nothing a reader would follow.
const CALENDAR: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** True for day and month names, which are capitalised but name nothing a reader would follow. */
export const isCalendarWord = (word: string): boolean => CALENDAR.has(word.toLowerCase());

/** True when a text is written in capitals (wire headlines), so its casing says nothing about names. */
export function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  // The opening of a text is enough to tell, and keeps long bodies cheap.
  const end = Math.min(text.length, SHOUT_SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = text[i]!;
      if (UPPER.test(ch)) upper++;
      else if (LOWER.test(ch)) lower++;
    }
  }
  return upper > 3 * lower;
}

const isCapitalised = (word: string): boolean => {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word[0]!);
};

// Lower-case words that never start or carry a name by themselves; "new" is a stop word for
// matching, but "New York" and "New Delhi" are names.
const NOT_NAMES: ReadonlySet<string> = new Set([...STOPWORDS, ...CALENDAR].filter((w) => w !== 'new'));

/** True for a capitalised word that can be part of a name (`lower`: it in lower case); "al-Assad" counts. */
export const isNameWord = (word: string, lower: string): boolean => {
  if (!isCapitalised(word)) {
    const hyphen = word.indexOf('-');
    return hyphen > 0 && hyphen < word.length - 1 && isCapitalised(word.slice(hyphen + 1));
  }
  if (!NOT_NAMES.has(lower)) return true;
  // "US" and "WHO" are acronyms, not the stop words "us" and "who".
  return !CALENDAR.has(lower) && word.length > 1 && word === word.toUpperCase();
};

const emitName = (words: readonly string[], onName: NameVisitor): void => {
  const surface = words.join(' ');
  onName(surface.toLowerCase(), surface);
};

/** A run of capitalised words as written, in lower case, and whether each is a name word (not a connector). */
export interface Run {
  words: string[];
  lower: string[];
  isName: boolean[];
}

/** Reports the names in a run: the run without leading titles, the whole run, and pairs inside long runs. */
export const emitNames = (run: Run, onName: NameVisitor): void => {
  const { words, lower, isName } = run;
  // "President Vladimir Putin" is also "Vladimir Putin".
  let from = 0;
  while (from < words.length && TITLES.has(lower[from]!)) from++;
  let names = 0;
  for (let i = from; i < words.length; i++) if (isName[i]) names++;
  if (names < 2) return;
  if (words.length - from <= 4) emitName(words.slice(from), onName);
  if (from > 0 && words.length <= 4) emitName(words, onName);
  // Pairs let "Syrian President Bashar al-Assad" and "Bashar al-Assad" meet; pairs with a title
  // in them ("Constable Gary") name nobody.
  if (names > 2) {
    for (let i = from; i + 1 < words.length; i++) {
      if (isName[i] && isName[i + 1] && !TITLES.has(lower[i]!) && !TITLES.has(lower[i + 1]!)) emitName([words[i]!, words[i + 1]!], onName);
    }
  }
};
