import { fnv1aUtf8 } from './hash.ts';
import { slugify } from './slugs.ts';

const MAX_WORDS = 5;
const MAX_WORDS_LENGTH = 40;

/** The text a paragraph id is derived from: Unicode-normalised, lower case, spaces folded. */
export function normaliseParagraphText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** FNV-1a, 32 bits, as six base-36 digits: short, and the same on every machine. */
export function shortHash(text: string): string {
  return fnv1aUtf8(text).toString(36).padStart(7, '0').slice(-6);
}

/**
 * A paragraph's id from its own text alone, so it survives edits to every other paragraph:
 * `p-` + a slug of its first words + a hash of the whole text, e.g.
 * `p-flanked-by-uniformed-defence-officials-1x9k2f`. Text without Latin letters gives
 * `p-` + the hash.
 */
export function paragraphId(text: string): string {
  const normalised = normaliseParagraphText(text);
  const words = slugify(normalised.split(' ').slice(0, MAX_WORDS).join(' '));
  const trimmed = words.length <= MAX_WORDS_LENGTH ? words : words.slice(0, MAX_WORDS_LENGTH).replace(/-[^-]*$/, '');
  return ['p', trimmed, shortHash(normalised)].filter((part) => part !== '').join('-');
}

/**
 * Ids for a body's paragraphs, in order. A paragraph repeated word for word gets `-2`,
 * `-3`… in order of appearance, and an id already `taken` in the page (a heading's) gets a
 * suffix too, so every id is unique and the same text always gets the same one.
 */
export function paragraphIds(texts: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return texts.map((text) => {
    const base = paragraphId(text);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
