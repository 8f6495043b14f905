import { facesFor, type CatalogFace, type FaceWeight } from './font-catalog.ts';

const TEXT = /<text\b([^>]*)>([^<]*)<\/text>/g;

/**
 * Names, on each `<text>` satori left in an SVG, the one font subset that draws it. satori
 * writes the element's whole family list there, and resvg takes the first family it has
 * for every character, with no fallback; satori already split the text into runs of one
 * font each, so the run's first visible character tells which subset it is.
 */
export function assignTextFonts(svg: string, faces: readonly CatalogFace[]): string {
  return svg.replace(TEXT, (element: string, attributes: string, content: string) => {
    const weight: FaceWeight = /\sfont-weight="(\d+)"/.exec(attributes)?.[1] === '700' ? 700 : 400;
    const visible = [...decode(content)].find((char) => !/\s/u.test(char)) ?? ' ';
    const face = facesFor(faces, visible, weight)[0] ?? faces.find((f) => f.weight === weight);
    if (face === undefined) return element;
    return `<text${attributes.replace(/\sfont-family="[^"]*"/, ` font-family="${face.subset}"`)}>${content}</text>`;
  });
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_all, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    const lower = entity.toLowerCase();
    if (lower in named) return named[lower] ?? '';
    return String.fromCodePoint(lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10));
  });
}
