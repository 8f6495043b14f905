import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseFontFaceCss } from '../../lib/share-image/font-faces.ts';
import { rangesInclude, type CodePointRange } from '../../lib/share-image/unicode-range.ts';

/** The two weights share images draw with: regular for the byline, bold for the headline. */
export type FaceWeight = 400 | 700;

/** One subset file of one weight, and the code points it covers. */
export interface CatalogFace {
  /** The family named inside the font file, e.g. `Noto Sans SC`: resvg finds fonts by it. */
  readonly family: string;
  /** The subset's file name without weight, unique in the catalog, e.g. `noto-sans-sc-37`. */
  readonly subset: string;
  readonly weight: FaceWeight;
  /** Absolute path of the `.woff` file. */
  readonly path: string;
  readonly ranges: readonly CodePointRange[];
}

interface FontPackage {
  readonly name: string;
  /** Which of the package's subsets to use, by `.woff` file name. */
  readonly use: (file: string) => boolean;
}

/**
 * The @fontsource packages, in the order a character is looked for. Noto Sans draws Latin,
 * Cyrillic and Greek; the script packages draw only their own script, so a headline's Latin
 * letters look the same whatever else it holds. Chinese comes in ~100 numbered subsets.
 */
export const FONT_PACKAGES: readonly FontPackage[] = [
  { name: '@fontsource/noto-sans', use: (file) => !file.includes('-devanagari-') },
  { name: '@fontsource/noto-sans-devanagari', use: (file) => file.includes('-devanagari-devanagari-') },
  { name: '@fontsource/noto-sans-arabic', use: (file) => !/-latin(-ext)?-\d+-/.test(file) },
  { name: '@fontsource/noto-sans-sc', use: (file) => /^noto-sans-sc-\d+-\d+-/.test(file) },
];

/** Reads the subsets of every package at each weight from its stylesheet (`700.css`), in lookup order. */
export function readFontCatalog(nodeModulesDir: string, weights: readonly FaceWeight[] = [400, 700]): CatalogFace[] {
  return weights.flatMap((weight) =>
    FONT_PACKAGES.flatMap((pkg) => {
      const css = join(nodeModulesDir, pkg.name, `${weight}.css`);
      return parseFontFaceCss(readFileSync(css, 'utf8'))
        .filter((rule) => rule.style === 'normal' && pkg.use(basename(rule.woff)))
        .map((rule) => ({
          family: rule.family,
          subset: basename(rule.woff).replace(/-\d+-normal\.woff$/, ''),
          weight,
          path: join(dirname(css), rule.woff),
          ranges: rule.ranges,
        }));
    }),
  );
}

/**
 * The faces of one weight needed to draw `text`: for each character the first face in
 * lookup order that covers it, returned in lookup order. Characters no face covers are
 * left out (satori then draws nothing for them, rather than fetching a font).
 */
export function facesFor(catalog: readonly CatalogFace[], text: string, weight: FaceWeight): CatalogFace[] {
  const faces = catalog.filter((face) => face.weight === weight);
  const chosen = new Set<CatalogFace>();
  for (const char of new Set(text)) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x20) continue;
    const face = faces.find((f) => rangesInclude(f.ranges, codePoint));
    if (face) chosen.add(face);
  }
  return faces.filter((face) => chosen.has(face));
}
