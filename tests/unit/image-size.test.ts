import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictureFormatOfName, pictureNameProblem, pictureSizeProblem, readPictureHeader } from '../../src/lib/image-size.ts';
import { gifBytes, jpegBytes, pngBytes, webpBytes } from '../support/picture-bytes.ts';

const text = (s: string) => new TextEncoder().encode(s);
const oldMap = readFileSync(join(import.meta.dirname, '../fixtures/sharing-site/articles/pictures/old-map.png'));

describe('readPictureHeader', () => {
  it.each([
    ['a real PNG', oldMap, { format: 'png', width: 64, height: 48 }],
    ['a PNG', pngBytes(1200, 630), { format: 'png', width: 1200, height: 630 }],
    ['a GIF', gifBytes(320, 200), { format: 'gif', width: 320, height: 200 }],
    ['a JPEG after an APP0 segment', jpegBytes(1600, 900), { format: 'jpg', width: 1600, height: 900 }],
    ['a WebP', webpBytes(800, 450), { format: 'webp', width: 800, height: 450 }],
    ['a picture at the bounds', pngBytes(20_000, 2_500), { format: 'png', width: 20_000, height: 2_500 }],
  ])('reads %s', (_name, bytes, header) => {
    expect(readPictureHeader(bytes)).toEqual({ ok: true, header });
  });

  it.each([
    ['text whose first bytes spell PNG', text('xPNG\r\n\x1a\n is what this text starts with, nothing more'), /^is not a PNG, JPEG, GIF or WebP picture/],
    ['plain text', text('just some text, not an image at all'), /^is not a PNG, JPEG, GIF or WebP picture/],
    ['nothing', new Uint8Array(), /^is not a PNG, JPEG, GIF or WebP picture/],
    ['the PNG signature alone', pngBytes(10, 10).subarray(0, 8), /^is not a PNG, JPEG, GIF or WebP picture/],
    ['a 0×0 PNG', pngBytes(0, 0), /^has a PNG header that gives 0×0 pixels: the file is damaged or not a picture$/],
    ['a PNG 0 pixels high', pngBytes(640, 0), /gives 640×0 pixels: the file is damaged/],
    ['a PNG of absurd width', pngBytes(1_819_043_176, 10), /gives 1819043176×10 pixels, more than the 20,000 pixels a side/],
    ['a GIF of 0 width', gifBytes(0, 20), /^has a GIF header that gives 0×20 pixels/],
    ['a PNG of too many pixels', pngBytes(20_000, 20_000), /gives 20000×20000 pixels, more than the 50 million pixels/],
    ['an SVG', text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'), /^is an SVG file: save it as PNG, JPEG, GIF or WebP$/],
    [
      'a BMP',
      (() => {
        const b = new Uint8Array(26);
        b.set(text('BM'));
        new DataView(b.buffer).setUint32(18, 10, true);
        new DataView(b.buffer).setUint32(22, 10, true);
        return b;
      })(),
      /^is a BMP file/,
    ],
  ])('refuses %s', (_name, bytes, message) => {
    const result = readPictureHeader(bytes);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});

describe('pictureSizeProblem', () => {
  it.each([
    [1, 1, undefined],
    [20_000, 2_500, undefined],
    [0, 1, /damaged/],
    [1.5, 2, /damaged/],
    [20_001, 1, /20,000 pixels a side/],
    [10_000, 5_001, /50 million pixels/],
  ])('%d×%d', (width, height, problem) => {
    const found = pictureSizeProblem({ width, height });
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe('picture names', () => {
  it.each([
    ['map.png', 'png'],
    ['Old Map.JPG', 'jpg'],
    ['x.jpeg', 'jpg'],
    ['a.b.gif', 'gif'],
    ['pictures/x.WebP', 'webp'],
    ['x.avif', undefined],
    ['x.svg', undefined],
    ['png', undefined],
  ])('%s promises %s', (name, format) => {
    expect(pictureFormatOfName(name)).toBe(format);
  });

  it.each([
    ['map.png', 'png', undefined],
    ['map.jpeg', 'jpg', undefined],
    ['map.png', 'jpg', 'is a JPEG picture but its name ends in ".png": rename it to end in ".jpg"'],
    ['map.GIF', 'webp', 'is a WebP picture but its name ends in ".GIF": rename it to end in ".webp"'],
  ] as const)('%s holding %s', (name, format, problem) => {
    expect(pictureNameProblem(name, format)).toBe(problem);
  });
});
