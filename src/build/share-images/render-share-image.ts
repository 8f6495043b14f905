import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardFonts, CardText } from './font-source.ts';
import { shareCard, type CardSize } from '../../lib/share-image/share-card.ts';
import type { ShareCardContent } from '../../lib/share-image/share-card-content.ts';
import { assignTextFonts } from './svg-text-fonts.ts';

/** The text a card draws at each weight, so that only the fonts it needs are loaded. */
export function cardText(content: ShareCardContent): CardText {
  return {
    bold: `${content.siteName}${content.section.toUpperCase()}${content.headline}…`,
    regular: `${content.date ?? ''}  ·  ${content.credit ?? ''}`,
  };
}

// Scripts whose letters carry marks placed by the font's GPOS table: Hebrew and Arabic.
const MARKED_SCRIPTS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/**
 * Who turns the card's words into glyphs. satori draws them as paths, shaped with
 * HarfBuzz, but moves marks the wrong way vertically: Arabic dots on marks (ي, ة) land
 * inside the letter. resvg 2.6 places those right but drops the advance of Devanagari
 * vowel signs (ा). So Arabic-script cards leave the words to resvg, all others to satori.
 */
export function textShaper(content: ShareCardContent): 'satori' | 'resvg' {
  return MARKED_SCRIPTS.test(`${content.headline}${content.credit ?? ''}${content.section}${content.siteName}`) ? 'resvg' : 'satori';
}

/**
 * Draws a share image: satori lays the card out (boxes, line breaks, bidi word order) as
 * SVG, resvg rasterises it to PNG, with only our fonts, never the machine's.
 */
export async function renderShareImage(content: ShareCardContent, size: CardSize, fonts: CardFonts): Promise<Uint8Array<ArrayBuffer>> {
  const shaper = textShaper(content);
  // Every subset has a name of its own: satori keeps one font per name and weight, and
  // falls back through the others in the order given, which is the catalog's lookup order.
  const family = [...new Set(fonts.faces.map((face) => `'${face.subset}'`))].join(', ');
  // satori's types want a React node (React's types are not installed here); a plain
  // `{ type, props }` tree is what it reads.
  const card = shareCard(content, size, family) as never;
  const svg = await satori(card, {
    width: size.width,
    height: size.height,
    fonts: fonts.faces.map((face) => ({ name: face.subset, data: fonts.woff(face), weight: face.weight, style: 'normal' as const })),
    embedFont: shaper === 'satori',
  });
  const resvg =
    shaper === 'satori'
      ? new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } })
      : new Resvg(assignTextFonts(svg, fonts.faces), { font: { loadSystemFonts: false, fontFiles: fonts.faces.map(fonts.sfntFile) }, fitTo: { mode: 'original' } });
  return new Uint8Array(resvg.render().asPng());
}
