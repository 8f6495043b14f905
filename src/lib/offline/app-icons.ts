import type { AppIcon } from './web-manifest.ts';

// A maskable icon's safe zone is the circle of 40% of its width around the centre: the mark,
// scaled to 80%, keeps its letter well inside it whatever shape a launcher cuts.
const MASKABLE_SCALE = 0.8;

/** The text an SVG draws (its `<text>` elements' content), for choosing the fonts to draw it with. */
export function svgText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '').join('');
}

/**
 * The site's mark (`file`, its SVG text) as the SVG of one app icon: as it is for `any`; for
 * `maskable`, on a full-bleed square of the mark's background (its first `<rect>`'s fill) and
 * scaled into the safe zone. Throws naming the file and what is missing.
 */
export function appIconSvg(markSvg: string, icon: AppIcon, file: string): string {
  if (icon.purpose === 'any') return markSvg;
  const open = /<svg\b[^>]*>/.exec(markSvg);
  const close = markSvg.lastIndexOf('</svg>');
  if (open === null || close < 0) throw new Error(`${file}: not an SVG document (no <svg> … </svg>)`);
  const viewBox = /\bviewBox="\s*([\d.-]+)[\s,]+([\d.-]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(open[0]);
  if (viewBox === null) throw new Error(`${file}: viewBox: the mark needs a viewBox of four numbers to be drawn as a maskable icon`);
  const fill = /<rect\b[^>]*\bfill="(#[0-9a-fA-F]{3,8})"/.exec(markSvg)?.[1];
  if (fill === undefined) throw new Error(`${file}: rect fill: the mark's first <rect> needs a colour fill (#rrggbb), the maskable icon's background`);
  const [x, y, width, height] = viewBox.slice(1).map(Number) as [number, number, number, number];
  const [cx, cy] = [x + width / 2, y + height / 2];
  const inner = markSvg.slice(open.index + open[0].length, close);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}">`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${fill}"/>`,
    `<g transform="translate(${cx} ${cy}) scale(${MASKABLE_SCALE}) translate(${-cx} ${-cy})">${inner}</g>`,
    '</svg>',
  ].join('');
}
