import { stripForbiddenCharacters } from '../text/xml-characters.ts';

// Characters that could end a <script> element or start markup inside it (`</script>`,
// `<!--`), plus the two line terminators that old JavaScript parsers choke on.
const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON that can be written inside `<script type="application/ld+json">` as it is: every
 * `<`, `>`, `&`, U+2028 and U+2029 is written as a `\uXXXX` escape, which JSON parsers read
 * back as the same character, and strings lose the characters HTML forbids (raw in a page
 * they make it invalid, and no reader of structured data wants them).
 */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data, (_key, value: unknown) => (typeof value === 'string' ? stripForbiddenCharacters(value) : value));
  return json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
