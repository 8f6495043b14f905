// Code points XML 1.0 forbids (C0 controls but tab, line feed and carriage return; lone
// surrogates), and those HTML calls control characters or noncharacters (DEL, C1 controls,
// U+FDD0–U+FDEF, U+xFFFE/U+xFFFF): one of them makes a whole feed unreadable and a page invalid.
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\p{Cs}\p{Noncharacter_Code_Point}]/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

/** One character that pages and feeds cannot carry, with where it stands. */
export interface ForbiddenCharacter {
  /** The code point as `U+0000`. */
  readonly codePoint: string;
  /** 1-based line of the text it stands on. */
  readonly line: number;
}

/** True when `text` holds a character that XML 1.0 or HTML forbids. */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** Every forbidden character in `text` with its line, in order (at most `limit` of them). */
export function findForbiddenCharacters(text: string, limit = 20): ForbiddenCharacter[] {
  const found: ForbiddenCharacter[] = [];
  if (!FORBIDDEN.test(text)) return found;
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(FORBIDDEN_ALL)) {
    for (let i = counted; i < match.index; i++) if (text.charCodeAt(i) === 10) line += 1;
    counted = match.index;
    found.push({ codePoint: `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`, line });
    if (found.length >= limit) break;
  }
  return found;
}

/** `text` without the characters XML 1.0 and HTML forbid; unchanged (the same string) when it has none. */
export function stripForbiddenCharacters(text: string): string {
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, '') : text;
}
