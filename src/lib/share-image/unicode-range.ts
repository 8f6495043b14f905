/** A closed range of Unicode code points, e.g. `[0x0400, 0x045f]`. */
export type CodePointRange = readonly [number, number];

/**
 * Reads a CSS `unicode-range` value (`U+0000-00FF,U+0131,U+4??`) into ranges, as
 * @fontsource writes them for each subset of a font.
 */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
      if (!match) throw new Error(`"${part}" is not a unicode-range part`);
      const [, start = '', end] = match;
      // `U+4??` is a wildcard: every code point from U+400 to U+4FF.
      if (start.includes('?')) return [parseInt(start.replaceAll('?', '0'), 16), parseInt(start.replaceAll('?', 'f'), 16)] as const;
      return [parseInt(start, 16), parseInt(end ?? start, 16)] as const;
    });
}

/** True when one of the ranges holds the code point. */
export function rangesInclude(ranges: readonly CodePointRange[], codePoint: number): boolean {
  return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}
