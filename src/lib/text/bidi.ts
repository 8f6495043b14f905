const LRE = '\u202A';
const RLE = '\u202B';
const PDF = '\u202C';
const LRO = '\u202D';
const RLO = '\u202E';
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

const EMBEDDINGS = new Set([LRE, RLE, LRO, RLO]);
const ISOLATES = new Set([LRI, RLI, FSI]);
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// Strongly right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko …, and their presentation forms).
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * `text` with its explicit bidi controls paired as the Unicode Bidirectional Algorithm pairs
 * them: a closer with nothing to close is dropped, and whatever is left open is closed at the
 * end, so a right-to-left override in a headline cannot reverse what is printed after it.
 * Unchanged (the same string) when it holds no bidi control.
 */
export function balanceBidiControls(text: string): string {
  if (!CONTROLS.test(text)) return text;
  // Each open isolate holds the embeddings opened inside it: a PDF closes only those, a PDI
  // closes its isolate and them.
  const isolates: string[][] = [[]];
  let out = '';
  for (const ch of text) {
    const embeddings = isolates[isolates.length - 1] ?? [];
    if (EMBEDDINGS.has(ch)) {
      embeddings.push(ch);
      out += ch;
    } else if (ch === PDF) {
      if (embeddings.length > 0) {
        embeddings.pop();
        out += ch;
      }
    } else if (ISOLATES.has(ch)) {
      isolates.push([]);
      out += ch;
    } else if (ch === PDI) {
      if (isolates.length > 1) {
        isolates.pop();
        out += PDF.repeat(embeddings.length) + ch;
      }
    } else {
      out += ch;
    }
  }
  while (isolates.length > 0) {
    const embeddings = isolates.pop() ?? [];
    out += PDF.repeat(embeddings.length) + (isolates.length > 0 ? PDI : '');
  }
  return out;
}

/** True when `text` could change the direction of what stands around it (right-to-left letters or bidi controls). */
export function needsBidiIsolation(text: string): boolean {
  return CONTROLS.test(text) || RIGHT_TO_LEFT.test(text);
}

/**
 * `text` balanced and wrapped in first-strong isolate marks (U+2068 … U+2069) when it could
 * change the direction of its neighbours, for plain-text places where `<bdi>` cannot go: a
 * `<title>`, a feed's title, a share text. Unchanged otherwise.
 */
export function isolateBidi(text: string): string {
  return needsBidiIsolation(text) ? `${FSI}${balanceBidiControls(text)}${PDI}` : text;
}
