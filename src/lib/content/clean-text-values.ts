import { balanceBidiControls } from '../text/bidi.ts';
import { findForbiddenCharacters, hasForbiddenCharacters, stripForbiddenCharacters } from '../text/xml-characters.ts';

/** One value of the front matter changed at the door, and why. */
export interface CleanedValue {
  /** Its path: `title`, `tags.2`, `image.caption`. */
  readonly path: string;
  readonly message: string;
}

// The warnings one file gets at most: a list of a thousand tags must not print a thousand lines.
const MAX_REPORTED = 20;

/**
 * Cleans every text value of parsed front matter in place, at any depth: characters XML 1.0
 * and HTML forbid are removed (one of them would make every feed unreadable), and explicit
 * bidi controls are balanced (an unclosed U+202E would reverse the page title after the
 * headline, the site's name included). Returns what changed, for warnings naming the field.
 */
export function cleanTextValues(data: Record<string, unknown>): CleanedValue[] {
  const changes: CleanedValue[] = [];
  let more = 0;
  const note = (path: string, message: string) => {
    if (changes.length < MAX_REPORTED) changes.push({ path, message });
    else more += 1;
  };
  // Aliases can make a value hold itself: each object is visited once.
  const seen = new Set<object>();
  const visit = (holder: Record<string, unknown> | unknown[], key: string | number, path: string) => {
    const value: unknown = (holder as Record<string | number, unknown>)[key];
    if (typeof value === 'string') {
      const cleaned = cleanText(value);
      if (cleaned.text === value) return;
      setOwn(holder, key, cleaned.text);
      for (const message of cleaned.messages) note(path, message);
    } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      if (Array.isArray(value)) value.forEach((_, index) => visit(value, index, `${path}.${index}`));
      else for (const child of Object.keys(value)) visit(value as Record<string, unknown>, child, `${path}.${child}`);
    }
  };
  seen.add(data);
  for (const key of Object.keys(data)) visit(data, key, key);
  if (more > 0) changes.push({ path: 'front matter', message: `${more} more value${more === 1 ? '' : 's'} cleaned the same way` });
  return changes;
}

/** `text` without forbidden characters and with its bidi controls balanced, and what was done. */
export function cleanText(text: string): { text: string; messages: string[] } {
  const messages: string[] = [];
  let cleaned = text;
  // A YAML escape can give a value what the raw file may not hold: "\0", "\x07", "\uFFFE", "\ud800".
  if (hasForbiddenCharacters(cleaned)) {
    messages.push(removedMessage([...new Set(findForbiddenCharacters(cleaned).map((found) => found.codePoint))]));
    cleaned = stripForbiddenCharacters(cleaned);
  }
  const balanced = balanceBidiControls(cleaned);
  if (balanced !== cleaned) {
    messages.push(
      "has a bidi control (U+202A–U+202E, U+2066–U+2069) left open or closing nothing: it was closed or dropped, since left open it would reverse the text printed after it (the rest of the page title, the site's name)",
    );
    cleaned = balanced;
  }
  return { text: cleaned, messages };
}

/** The warning for characters removed because pages and feeds cannot carry them. */
export function removedMessage(codePoints: readonly string[]): string {
  return `removed ${codePoints.join(', ')}: ${codePoints.length === 1 ? 'a character' : 'characters'} that XML and HTML forbid, which would make the site's feeds unreadable`;
}

// `__proto__` may be an own key of parsed YAML: plain assignment would replace the object's parent instead of adding a key.
function setOwn(holder: Record<string, unknown> | unknown[], key: string | number, value: string): void {
  Object.defineProperty(holder, key, { value, writable: true, enumerable: true, configurable: true });
}
