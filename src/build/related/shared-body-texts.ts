// The bodies' plain texts of a related-links job, sent to its worker threads in one buffer they
// all read (a SharedArrayBuffer, which is not copied), instead of a copy of every string for
// each thread: at archive scale hundreds of megabytes, which the main thread otherwise clones
// before either thread can start, once for each (a sharded build's plan starts two).

/** The texts in one shared buffer, as UTF-8: article i's text is the bytes [starts[i], ends[i]), NaN where it has none. */
export interface SharedBodyTexts {
  readonly bytes: SharedArrayBuffer;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** `texts` (undefined: that article has none) in one shared buffer; undefined when none has a text. */
export function shareBodyTexts(texts: readonly (string | undefined)[]): SharedBodyTexts | undefined {
  if (texts.every((text) => text === undefined)) return undefined;
  let total = 0;
  for (const text of texts) if (text !== undefined) total += Buffer.byteLength(text, 'utf8');
  const bytes = new SharedArrayBuffer(total);
  const view = Buffer.from(bytes);
  const starts = new Float64Array(texts.length).fill(Number.NaN);
  const ends = new Float64Array(texts.length).fill(Number.NaN);
  let at = 0;
  texts.forEach((text, i) => {
    if (text === undefined) return;
    starts[i] = at;
    at += view.write(text, at, 'utf8');
    ends[i] = at;
  });
  return { bytes, starts, ends };
}

/**
 * Article i's text, or undefined when it has none. UTF-8 holds every text but a lone
 * surrogate, which comes back as U+FFFD: neither is a letter or a digit, so the words and
 * names read from the text are the same.
 */
export function sharedBodyText(texts: SharedBodyTexts, i: number): string | undefined {
  const start = texts.starts[i];
  const end = texts.ends[i];
  if (start === undefined || end === undefined || Number.isNaN(start)) return undefined;
  return Buffer.from(texts.bytes, start, end - start).toString('utf8');
}
