import { escapeJsonCharacters } from '../json-escapes.ts';
import { stripForbiddenCharacters } from '../text/xml-characters.ts';

// Characters that could end a <script> element or start markup inside it (`</script>`,
// `<!--`), plus the two line terminators that old JavaScript parsers choke on.
const UNSAFE = /[<>&\u2028\u2029]/g;

// How a forbidden character (src/lib/text/xml-characters.ts) shows in JSON.stringify's output:
// C0 controls as \u00XX, \b or \f escapes, lone surrogates as \udXXX escapes, DEL, C1 controls
// and noncharacters as they are. An escaped backslash before such letters matches too: that
// only sends the data the slow, always right way.
const MAY_HOLD_FORBIDDEN = /\\u00(?:0[0-8b-f]|1[0-9a-f])|\\[bf]|\\ud[89a-f]|[\x7F-\x9F\p{Cs}\p{Noncharacter_Code_Point}]/u;

/**
 * JSON that can be written inside `<script type="application/ld+json">` as it is: every
 * `<`, `>`, `&`, U+2028 and U+2029 is written as a `\uXXXX` escape, which JSON parsers read
 * back as the same character, and strings lose the characters HTML forbids (raw in a page
 * they make it invalid, and no reader of structured data wants them).
 */
export function serializeJsonLd(data: unknown): string {
  // A replacer makes JSON.stringify call back for every value, which is most of its time: it is
  // used only when the plain JSON shows a forbidden character could be in a string.
  const plain = JSON.stringify(data);
  const json = MAY_HOLD_FORBIDDEN.test(plain) ? JSON.stringify(data, (_key, value: unknown) => (typeof value === 'string' ? stripForbiddenCharacters(value) : value)) : plain;
  return escapeJsonCharacters(json, UNSAFE);
}
