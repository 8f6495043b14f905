import { describe, expect, it } from 'vitest';
import { parseFontFaceCss } from '../../../src/lib/share-image/font-faces.ts';
import { parseUnicodeRange, rangesInclude } from '../../../src/lib/share-image/unicode-range.ts';

describe('parseUnicodeRange', () => {
  it.each([
    ['U+0000-00FF', [[0, 0xff]]],
    ['U+0131', [[0x131, 0x131]]],
    [
      'U+0000-00FF,U+0131, U+0152-0153',
      [
        [0, 0xff],
        [0x131, 0x131],
        [0x152, 0x153],
      ],
    ],
    ['U+4??', [[0x400, 0x4ff]]],
    ['u+1f1e9-1f1f5', [[0x1f1e9, 0x1f1f5]]],
  ])('reads %s', (value, ranges) => {
    expect(parseUnicodeRange(value)).toEqual(ranges);
  });

  it('refuses what is not a range', () => {
    expect(() => parseUnicodeRange('U+00ZZ')).toThrow(/not a unicode-range/);
  });

  it.each([
    [0x41, true],
    [0x131, true],
    [0x132, false],
    [0x4e2d, false],
  ])('includes U+%s or not', (codePoint, included) => {
    expect(rangesInclude(parseUnicodeRange('U+0000-00FF,U+0131'), codePoint)).toBe(included);
  });
});

describe('parseFontFaceCss', () => {
  const css = `/* noto-sans-sc-[4]-700-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-style: normal;
  font-display: swap;
  font-weight: 700;
  src: url(./files/noto-sans-sc-4-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-4-700-normal.woff) format('woff');
  unicode-range: U+1f1e9-1f1f5,U+1f21a;
}
@font-face {
  font-family: 'Noto Sans';
  font-style: normal;
  font-weight: 400;
  src: url(./files/all.woff2) format('woff2'), url(./files/all.woff) format('woff');
}`;

  it('takes the .woff source (satori reads no woff2), the weight and the ranges of each rule', () => {
    expect(parseFontFaceCss(css)).toEqual([
      {
        family: 'Noto Sans SC',
        weight: 700,
        style: 'normal',
        woff: './files/noto-sans-sc-4-700-normal.woff',
        ranges: [
          [0x1f1e9, 0x1f1f5],
          [0x1f21a, 0x1f21a],
        ],
      },
      { family: 'Noto Sans', weight: 400, style: 'normal', woff: './files/all.woff', ranges: [[0, 0x10ffff]] },
    ]);
  });
});
