import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../src/lib/image-size.ts';

const png = (w: number, h: number) => {
  const bytes = new Uint8Array(24);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, w);
  new DataView(bytes.buffer).setUint32(20, h);
  return bytes;
};
const gif = (w: number, h: number) => {
  const bytes = new Uint8Array(10);
  bytes.set([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
  new DataView(bytes.buffer).setUint16(6, w, true);
  new DataView(bytes.buffer).setUint16(8, h, true);
  return bytes;
};
const jpeg = (w: number, h: number) => {
  // SOI, an APP0 segment to skip, then SOF0 with the size.
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 0, 0, 0, 3, 0, 0, 0, 0]);
  new DataView(bytes.buffer).setUint16(13, h);
  new DataView(bytes.buffer).setUint16(15, w);
  return bytes;
};

describe('readImageSize', () => {
  it.each([
    ['PNG', png(1200, 630), { width: 1200, height: 630 }],
    ['GIF', gif(320, 200), { width: 320, height: 200 }],
    ['JPEG after an APP0 segment', jpeg(1600, 900), { width: 1600, height: 900 }],
    ['not a picture', new TextEncoder().encode('just some text, not an image at all'), undefined],
  ])('%s', (_name, bytes, size) => {
    expect(readImageSize(bytes)).toEqual(size);
  });
});
