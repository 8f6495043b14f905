const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** How many graphemes of an echoed value a message shows before cutting it short. */
export const QUOTED_GRAPHEMES = 60;

/**
 * `text` in double quotes for an error message, escaped as JSON (so control characters and
 * quotes show) and cut after `max` graphemes with "…": a value a megabyte long, echoed in a
 * message, must not flood the editor's terminal. Cut by grapheme, never inside one.
 */
export function quoteForMessage(text: string, max = QUOTED_GRAPHEMES): string {
  // Fewer code units than `max` means fewer graphemes too: no need to segment.
  if (text.length <= max) return JSON.stringify(text);
  let kept = '';
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (count === max) return JSON.stringify(`${kept.trimEnd()}…`);
    kept += segment;
    count += 1;
  }
  return JSON.stringify(text);
}
