import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { appIconSvg, svgText } from '../../lib/offline/app-icons.ts';
import type { AppIcon } from '../../lib/offline/web-manifest.ts';
import { readFontCatalog } from '../share-images/font-catalog.ts';
import { createFontSource } from '../share-images/font-source.ts';
import { shareImageStoreOptions } from '../share-images/share-image-cache.ts';

/** The site's mark, which the icons are drawn from. */
export const MARK_FILE = 'public/favicon.svg';

/**
 * Draws one app icon as PNG from the site's mark with resvg, at the icon's size. The mark's
 * letters are drawn with the share cards' fonts from npm (Noto Sans), never the machine's, so
 * every build draws the same pixels with no network.
 */
export function renderAppIcon(root: string, icon: AppIcon): Uint8Array<ArrayBuffer> {
  const file = join(root, MARK_FILE);
  const svg = appIconSvg(readFileSync(file, 'utf8'), icon, relative(root, file));
  const { cacheDir, nodeModulesDir } = shareImageStoreOptions(root);
  // Only bold faces: the catalog is read at 700 alone, and no text asks for a regular one.
  const fonts = createFontSource(readFontCatalog(nodeModulesDir, [700]), join(cacheDir, 'fonts'))({ bold: svgText(svg), regular: '' });
  const { faces } = fonts;
  // The mark asks for Georgia, then any serif: whichever it names, it gets the first face that covers its letters.
  const family = faces[0]?.subset ?? '';
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: faces.map(fonts.sfntFile), defaultFontFamily: family, serifFamily: family, sansSerifFamily: family },
    fitTo: { mode: 'width', value: icon.size },
  });
  return new Uint8Array(resvg.render().asPng());
}
