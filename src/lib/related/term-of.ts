import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.ts';

const HAS_LETTER = /\p{L}/u;
const ASCII_WORD = /^[a-z]+$/;

// Words repeat endlessly across a corpus; deciding each distinct lower-case word once (its stem,
// or "" for a stop word or number) saves most of the work.
const termCache = new Map<string, string>();
const TERM_CACHE_LIMIT = 200_000;

/**
 * Forgets every word decided so far: a run over a corpus ends with it, since the cache would
 * otherwise hold up to TERM_CACHE_LIMIT words for the rest of a build that no longer needs them.
 */
export function forgetTerms(): void {
  termCache.clear();
}

/** The matching term of a lower-case word from scanText: its stem, or "" for a stop word or number. */
export function termOf(word: string): string {
  let term = termCache.get(word);
  if (term === undefined) {
    term = '';
    if (word.includes('.')) {
      // Abbreviations keep their dots so that "U.S." never collides with the pronoun "us".
      term = word;
    } else if (word.length >= 2 && !STOPWORDS.has(word) && HAS_LETTER.test(word)) {
      // Porter (1980) stems, so that "prices", "priced" and "pricing" count as one term. The
      // package's version is pinned: a new one could stem differently and change related lists.
      const s = ASCII_WORD.test(word) ? stemmer(word) : word;
      if (s.length >= 2 && !STOPWORDS.has(s)) term = s;
    }
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}
