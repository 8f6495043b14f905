import { parseUnicodeRange, type CodePointRange } from './unicode-range.ts';

/** One `@font-face` of a @fontsource stylesheet: a subset of a font and what it covers. */
export interface FontFaceRule {
  readonly family: string;
  readonly weight: number;
  readonly style: string;
  /** The `.woff` file named by `src`, relative to the stylesheet (satori cannot read woff2). */
  readonly woff: string;
  /** Everything when the rule gives no `unicode-range`. */
  readonly ranges: readonly CodePointRange[];
}

const EVERYTHING: readonly CodePointRange[] = [[0, 0x10ffff]];

/** Reads the `@font-face` rules of a @fontsource stylesheet such as `700.css`. */
export function parseFontFaceCss(css: string): FontFaceRule[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => {
    const declaration = (name: string) => new RegExp(`(?:^|;|\\s)${name}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
    const woff = /url\(\s*['"]?([^'")]+\.woff)['"]?\s*\)/.exec(declaration('src') ?? '')?.[1];
    if (woff === undefined) throw new Error(`an @font-face rule without a .woff source: ${body.trim()}`);
    const range = declaration('unicode-range');
    return {
      family: (declaration('font-family') ?? '').replace(/^['"]|['"]$/g, ''),
      weight: Number(declaration('font-weight') ?? 400),
      style: declaration('font-style') ?? 'normal',
      woff,
      ranges: range === undefined ? EVERYTHING : parseUnicodeRange(range),
    };
  });
}
