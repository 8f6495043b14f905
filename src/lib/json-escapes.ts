/**
 * `json` with every character `characters` matches (a global pattern) written as a `\uXXXX`
 * escape, which JSON parsers read back as the same character; for characters that appear
 * only inside strings, as JSON.stringify writes them.
 */
export function escapeJsonCharacters(json: string, characters: RegExp): string {
  return json.replace(characters, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Every character past ASCII, for `escapeJsonCharacters` (surrogate pairs as two escapes):
 * JSON.parse reads them back the same, and a reader holds an ASCII file's text at one byte a
 * character, not two.
 */
export const PAST_ASCII = /[\u0080-\uffff]/g;
