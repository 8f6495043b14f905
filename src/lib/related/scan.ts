import { CONNECTORS, TITLES, emitNames, isNameWord, isShouting, type NameVisitor, type Run } from './name-words.ts';
import { FNV1A_BASIS, fnv1aStep } from '../hash.ts';

/** Receives each word of a text: lower-cased (the key for termOf) and as written. */
export type WordVisitor = (word: string, surface: string) => void;
/**
 * Fast path for plain words (no apostrophe, dot or hyphen), given by position instead: the
 * word is lowered[start, end), as written original[start, end), and `hash` is its fnv1aCodeUnits.
 */
export type WordAtVisitor = (lowered: string, original: string, start: number, end: number, hash: number) => void;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const ABBREVIATION = /\p{L}\.\p{L}/u;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

// Letters, digits and combining marks (Devanagari vowel signs are marks) make words. Decided per
// UTF-16 unit: 1 word, 2 not, 0 not yet asked. Astral characters (emoji) never make words.
const wordCharTable = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  wordCharTable[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}
for (let c = 0xd800; c < 0xe000; c++) wordCharTable[c] = 2;

const isWordChar = (c: number): boolean => {
  let kind = wordCharTable[c]!;
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordCharTable[c] = kind;
  }
  return kind === 1;
};

// Inside a word, an apostrophe, dot or hyphen between two word characters keeps it whole:
// "U.S.", "Kim's", "Jong-un".
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

// Only blank space between two words keeps a name going; any punctuation ends it.
const isBlank = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
};

// Words with apostrophes, dots or Chinese characters need care; most take the fast path.
const emitPiece = (piece: string, lower: string, onWord: WordVisitor): void => {
  let surface = piece;
  let word = lower;
  const last = piece.charCodeAt(piece.length - 1);
  if (last === 115 && piece.length > 2 && (piece.charCodeAt(piece.length - 2) === 39 || piece.charCodeAt(piece.length - 2) === 0x2019)) {
    surface = piece.slice(0, -2);
    word = lower.slice(0, -2);
  }
  if (word.includes('.')) {
    // Abbreviations keep their dots ("u.s"); other dots end a sentence or sit in numbers.
    if (ABBREVIATION.test(word)) {
      onWord(word.endsWith('.') ? word.slice(0, -1) : word, surface);
      return;
    }
    surface = surface.endsWith('.') ? surface.slice(0, -1) : surface;
    word = word.replaceAll('.', '');
  }
  if (word.includes("'") || word.includes('’')) word = word.replace(/['’]/gu, '');
  if (word.charCodeAt(0) > 0x2e7f && HAN.test(word)) {
    // Chinese has no spaces between words: overlapping character pairs stand in for words.
    const chars = Array.from(word);
    if (chars.length < 3) onWord(word, word);
    for (let i = 0; i + 1 < chars.length; i++) onWord(chars[i]! + chars[i + 1]!, chars[i]! + chars[i + 1]!);
    return;
  }
  onWord(word, surface);
};

/**
 * Reads a plain text once, reporting its words (map them with termOf) and, unless it is
 * written in capitals (`shouting`, worked out when not given), its multi-word names: runs of
 * capitalised words such as "Vladimir Putin" or "Bank of England". Plain words go to
 * `onWordAt` instead of `onWord` when it is given.
 */
export function scanText(text: string, onWord: WordVisitor, onName?: NameVisitor, shouting?: boolean, onWordAt?: WordAtVisitor): void {
  const normal = text.normalize('NFKC');
  const lowered = normal.toLowerCase();
  // Lower-casing can change a text's length (rare letters such as "İ"); then words are lowered one by one.
  const aligned = lowered.length === normal.length;
  const names = onName !== undefined && !(shouting ?? isShouting(normal));
  const run: Run = { words: [], lower: [], isName: [] };
  const flush = (): void => {
    // A trailing connector ("Bank of") belongs to no name.
    while (run.isName.length > 0 && !run.isName[run.isName.length - 1]) {
      run.words.pop();
      run.lower.pop();
      run.isName.pop();
    }
    if (run.words.length >= 2 && onName) emitNames(run, onName);
    run.words.length = 0;
    run.lower.length = 0;
    run.isName.length = 0;
  };
  const push = (word: string, lower: string, isName: boolean): void => {
    run.words.push(word);
    run.lower.push(lower);
    run.isName.push(isName);
  };

  const length = normal.length;
  let previousEnd = 0;
  let i = 0;
  while (i < length) {
    if (!isWordChar(normal.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let joined = false;
    let hash = FNV1A_BASIS;
    let letters = false;
    for (; i < length; i++) {
      const c = normal.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c > 57) letters = true;
      hash = fnv1aStep(hash, lowered.charCodeAt(i));
    }
    while (i + 1 < length && isJoiner(normal.charCodeAt(i)) && isWordChar(normal.charCodeAt(i + 1))) {
      joined = true;
      i++;
      while (i < length && isWordChar(normal.charCodeAt(i))) i++;
    }
    // A dot right after a word ends a sentence, or an abbreviation ("U.S.").
    const dotted = i < length && normal.charCodeAt(i) === 46;
    const end = dotted ? i + 1 : i;
    i = end;
    const first = normal.charCodeAt(start);
    const plain = !joined && !dotted && first < 0x2e80;

    if (plain && !letters) {
      // A bare number ("1987", "155") is never a term.
    } else if (plain && onWordAt !== undefined && aligned) onWordAt(lowered, normal, start, end, hash);
    else {
      const piece = normal.slice(start, end);
      const lower = aligned ? lowered.slice(start, end) : piece.toLowerCase();
      if (plain) onWord(lower, piece);
      else if (piece.includes('-')) {
        const parts = piece.split('-');
        const lowerParts = lower.split('-');
        for (let p = 0; p < parts.length; p++) emitPiece(parts[p]!, lowerParts[p] ?? '', onWord);
      } else emitPiece(piece, lower, onWord);
    }

    if (!names) continue;
    const inRun = run.words.length > 0;
    if (inRun && !isBlank(normal, previousEnd, start)) flush();
    previousEnd = end;
    // Only capitalised words and connectors matter here; everything else just ends a run.
    if (first >= 97 && first <= 122 && !joined) {
      if (inRun) {
        const piece = normal.slice(start, end);
        if (!dotted && CONNECTORS.has(piece)) push(piece, piece, false);
        else flush();
      }
      continue;
    }
    let wordEnd = end;
    // A dot after a title ("Dr.") or inside an abbreviation ("U.S.") ends no sentence.
    let sentenceEnd = false;
    if (dotted) {
      const bare = lowered.slice(start, end - 1);
      const abbreviation = ABBREVIATION.test(bare);
      sentenceEnd = !abbreviation && !TITLES.has(bare);
      if (!abbreviation) wordEnd--;
    }
    const possessive = wordEnd - start > 2 && lowered.charCodeAt(wordEnd - 1) === 115 && isApostrophe(normal.charCodeAt(wordEnd - 2));
    if (possessive) wordEnd -= 2;
    const word = normal.slice(start, wordEnd);
    const lower = aligned ? lowered.slice(start, wordEnd) : word.toLowerCase();
    if (isNameWord(word, lower)) push(word, lower, true);
    else if (run.words.length > 0 && CONNECTORS.has(word)) push(word, lower, false);
    else if (run.words.length > 0) flush();
    if (sentenceEnd || possessive) flush();
  }
  if (names) flush();
}
