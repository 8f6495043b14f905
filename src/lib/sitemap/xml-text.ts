import { stripForbiddenCharacters } from '../text/xml-characters.ts';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML content or a quoted attribute: without the characters XML 1.0 forbids, and fully escaped (`&`, `<`, `>`, `"`, `'`). */
export function xmlText(text: string): string {
  return stripForbiddenCharacters(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? '');
}
