/**
 * `json` with every character `characters` matches (a global pattern) written as a `\uXXXX`
 * escape, which JSON parsers read back as the same character; for characters that appear
 * only inside strings, as JSON.stringify writes them.
 */
export function escapeJsonCharacters(json: string, characters: RegExp): string {
  return json.replace(characters, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
