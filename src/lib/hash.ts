// Every hash the site uses, in one place: published ids, slugs and cache keys are made from
// them, so a change of value here changes the site's output.
import fnv1a from '@sindresorhus/fnv1a';
import { createHash, type BinaryToTextEncoding, type Hash } from 'node:crypto';

/** FNV-1a's 32-bit offset basis, as a signed 32-bit integer: the hash of the empty string, and where fnv1aStep starts. */
export const FNV1A_BASIS = 0x811c9dc5 | 0;

/**
 * One step of 32-bit FNV-1a over one UTF-16 code unit, signed 32-bit in and out. Small and
 * free of allocation so that a tokenizer can hash a word while it reads it, in its own loop.
 */
export const fnv1aStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/**
 * 32-bit FNV-1a over a string's UTF-16 code units, as a signed 32-bit integer (`>>> 0` for
 * the unsigned value); `basis` seeds it. Written here rather than taken from a library:
 * libraries (such as @sindresorhus/fnv1a) hash UTF-8 bytes, which agree only on ASCII text,
 * so they would change the published slugs of non-ASCII names, the search index's parts
 * and the related-links tables. Equal to stepping fnv1aStep through the string.
 */
export function fnv1aCodeUnits(text: string, basis: number = FNV1A_BASIS): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = fnv1aStep(hash, text.charCodeAt(i));
  return hash;
}

/** fnv1aCodeUnits of a string as 8 lower-case hex digits (the unsigned value). */
export function fnv1aCodeUnitsHex(text: string): string {
  return (fnv1aCodeUnits(text) >>> 0).toString(16).padStart(8, '0');
}

/** 32-bit FNV-1a over a string's UTF-8 bytes (lone surrogates encoded as U+FFFD), as an unsigned integer. */
export function fnv1aUtf8(text: string): number {
  return Number(fnv1a(text, { size: 32 }));
}

// Long strings are fed a megabyte of code units at a time: the hash converts what it is given
// to UTF-8 first, and a site plan's JSON at archive scale would otherwise be copied whole.
const TEXT_PIECE = 1 << 20;

function updateWithText(hash: Hash, text: string): void {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + TEXT_PIECE, text.length);
    // Never between the halves of a surrogate pair, which would hash as two U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    hash.update(text.slice(start, end));
    start = end;
  }
}

/** SHA-256 of the parts one after another (strings as UTF-8), in the given encoding. */
export function sha256(parts: string | Uint8Array | readonly (string | Uint8Array)[], encoding: BinaryToTextEncoding): string {
  const hash = createHash('sha256');
  for (const part of typeof parts === 'string' || parts instanceof Uint8Array ? [parts] : parts) {
    if (typeof part === 'string') updateWithText(hash, part);
    else hash.update(part);
  }
  return hash.digest(encoding);
}
