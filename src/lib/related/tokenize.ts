import { scanText } from './scan.ts';
import { termOf } from './term-of.ts';

/** One content word of a text: its stem (the matching key) and the word as written, for display. */
export interface Token {
  readonly term: string;
  readonly surface: string;
}

/** Splits plain text into stemmed content words, dropping stop words, numbers and one-letter words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanText(text, (word, surface) => {
    const term = termOf(word);
    if (term !== '') tokens.push({ term, surface });
  });
  return tokens;
}
