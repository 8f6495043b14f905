import { lineLocator } from './problem.ts';

const ENCODINGS: ReadonlyArray<(value: string) => string> = [
  (value) => value,
  (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;'),
  (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
  (value) => value.replaceAll('&', '&#38;').replaceAll('"', '&#34;').replaceAll("'", '&#39;').replaceAll('<', '&#60;').replaceAll('>', '&#62;'),
];

/**
 * The line of the first attribute in `html` whose value is `value` (as the DOM reads it,
 * entities decoded), trying the ways a serializer escapes it; `undefined` when not found.
 * The DOM keeps no source positions, and this is only asked for the few values reported.
 */
export function attributeLine(html: string, value: string): number | undefined {
  for (const encode of ENCODINGS) {
    const encoded = encode(value);
    for (const quoted of [`="${encoded}"`, `='${encoded}'`, `=${encoded}`]) {
      const at = html.indexOf(quoted);
      if (at !== -1) return lineLocator(html)(at);
    }
  }
  return undefined;
}

/** The line of the first place `text` stands in `source` (inside an attribute's list, such as `srcset`); `undefined` when nowhere. */
export function textLine(source: string, text: string): number | undefined {
  const at = text === '' ? -1 : source.indexOf(text);
  return at === -1 ? undefined : lineLocator(source)(at);
}
