import type { ShareCardContent } from './share-card-content.ts';

/** An element as satori reads it without JSX: a React-like `{ type, props }` object. */
export interface CardNode {
  readonly type: string;
  readonly props: {
    readonly style?: Readonly<Record<string, string | number>>;
    readonly lang?: string;
    readonly dir?: string;
    readonly children?: string | CardNode | readonly (string | CardNode)[];
  };
}

/** Pixel size of a share image. */
export interface CardSize {
  readonly width: number;
  readonly height: number;
}

const INK = '#1b1b1b';
const MUTED = '#555555';
const ACCENT = '#a3122a';
const PAPER = '#f4f2ee';
const PADDING = 64;
const LINE_HEIGHT = 1.2;
// The accent bar across the top and the rule above the footer, in pixels.
const ACCENT_BAR = 16;
const RULE = 2;

// Ideographs and kana fill a whole em; Latin letters about half of one.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How long a headline looks, counting a wide (CJK) character as two narrow ones. */
export function visualLength(text: string): number {
  let length = 0;
  for (const char of text) length += WIDE.test(char) ? 2 : 1;
  return length;
}

/** The headline's size: large for short headlines, smaller so that 200 characters still fit. */
export function headlineFontSize(headline: string, size: CardSize): number {
  const length = visualLength(headline);
  const base = length <= 60 ? 72 : length <= 100 ? 60 : length <= 150 ? 50 : 42;
  return Math.round(base * Math.min(1.2, size.width / 1200));
}

/**
 * The share image as a satori tree: the site's name and the section on top, the headline
 * (right-aligned and right-to-left when its script is), then the day and the credit.
 */
export function shareCard(content: ShareCardContent, size: CardSize, fontFamily: string): CardNode {
  const fontSize = headlineFontSize(content.headline, size);
  // Header and footer take about 170px; the headline gets the rest, cut with an ellipsis.
  const maxLines = Math.max(2, Math.floor((size.height - 2 * PADDING - 170) / (fontSize * LINE_HEIGHT)));
  const footer = [content.date, content.credit].filter((part) => part !== undefined).join('  ·  ');
  return {
    type: 'div',
    props: {
      style: {
        width: size.width,
        height: size.height,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: PAPER,
        padding: PADDING,
        color: INK,
        fontFamily,
      },
      children: [
        // The accent bar and the rule are boxes filled with colour, not CSS borders: satori
        // draws a border as a stroke inside three nested clip paths, and resvg paints each
        // clip path as a mask the size of the whole card. The pixels are the same.
        { type: 'div', props: { style: { position: 'absolute', top: 0, left: 0, width: size.width, height: ACCENT_BAR, backgroundColor: ACCENT } } },
        {
          type: 'div',
          props: {
            style: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', fontSize: 34, fontWeight: 700 },
            children: [
              { type: 'div', props: { style: { color: INK }, children: content.siteName } },
              { type: 'div', props: { style: { color: ACCENT, fontSize: 28, textTransform: 'uppercase', letterSpacing: 2 }, children: content.section } },
            ],
          },
        },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexGrow: 1, alignItems: 'center', padding: '24px 0' },
            children: {
              type: 'div',
              props: {
                dir: content.direction,
                style: {
                  width: '100%',
                  fontSize,
                  fontWeight: 700,
                  lineHeight: LINE_HEIGHT,
                  textAlign: 'start',
                  direction: content.direction,
                  lineClamp: maxLines,
                },
                children: content.headline,
              },
            },
          },
        },
        { type: 'div', props: { style: { height: RULE, backgroundColor: MUTED } } },
        {
          type: 'div',
          props: {
            style: { display: 'flex', paddingTop: 20, fontSize: 28, color: MUTED, fontWeight: 400 },
            children: footer,
          },
        },
      ],
    },
  };
}
