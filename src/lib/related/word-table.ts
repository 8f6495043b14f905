// A hash table from words to numbers that can look a word up by its position in a text, so
// the millions of words of a large site are matched without cutting each out as a new string.
// Each slot keeps hash, value and the key's place in one character pool side by side, so a
// look-up touches two short stretches of memory instead of chasing string objects. Keys are
// hashed with fnv1aCodeUnits (../hash.ts), or stepped with fnv1aStep while a text is read.

/** The value findWordAt returns for a word the table does not hold. */
export const MISSING = -2;

/** Open-addressing table of lower-case words; grows as needed. */
export interface WordTable {
  /** Per slot: hash, value, offset of the key in `chars`, key length; length 0 marks an empty slot. */
  slots: Int32Array;
  chars: Uint16Array;
  used: number;
  size: number;
}

const STRIDE = 4;

/** Creates an empty table. */
export function createWordTable(): WordTable {
  return { slots: new Int32Array(STRIDE << 12), chars: new Uint16Array(1 << 16), used: 0, size: 0 };
}

/** The value stored for text[start, end) (whose hash is given), or MISSING. */
export function findWordAt(table: WordTable, text: string, start: number, end: number, hash: number): number {
  const { slots, chars } = table;
  const mask = (slots.length / STRIDE - 1) | 0;
  const length = end - start;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * STRIDE;
    const keyLength = slots[at + 3]!;
    if (keyLength === 0) return MISSING;
    if (slots[at] !== hash || keyLength !== length) continue;
    const offset = slots[at + 2]!;
    let same = true;
    for (let i = 0; i < length; i++) {
      if (chars[offset + i] !== text.charCodeAt(start + i)) {
        same = false;
        break;
      }
    }
    if (same) return slots[at + 1]!;
  }
}

/** Stores a value for a (non-empty) word not yet in the table. */
export function addWordTo(table: WordTable, word: string, hash: number, value: number): void {
  if ((table.size + 1) * 2 > table.slots.length / STRIDE) grow(table);
  if (table.used + word.length > table.chars.length) {
    const chars = new Uint16Array(Math.max(table.chars.length * 2, table.used + word.length));
    chars.set(table.chars);
    table.chars = chars;
  }
  const offset = table.used;
  for (let i = 0; i < word.length; i++) table.chars[offset + i] = word.charCodeAt(i);
  table.used += word.length;
  place(table.slots, hash, value, offset, word.length);
  table.size++;
}

const place = (slots: Int32Array, hash: number, value: number, offset: number, length: number): void => {
  const mask = (slots.length / STRIDE - 1) | 0;
  let slot = hash & mask;
  while (slots[slot * STRIDE + 3] !== 0) slot = (slot + 1) & mask;
  const at = slot * STRIDE;
  slots[at] = hash;
  slots[at + 1] = value;
  slots[at + 2] = offset;
  slots[at + 3] = length;
};

const grow = (table: WordTable): void => {
  const old = table.slots;
  table.slots = new Int32Array(old.length * 2);
  for (let at = 0; at < old.length; at += STRIDE) {
    if (old[at + 3] !== 0) place(table.slots, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
  }
};
