import { deflateSync } from 'node:zlib';

/** A complete PNG of `width`×`height` grey pixels (any size the header can say, drawn only when small). */
export function pngBytes(width: number, height: number): Uint8Array {
  const chunk = (type: string, body: Uint8Array) => {
    const out = new Uint8Array(12 + body.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, body.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(body, 8);
    view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const drawn = width * height <= 10_000 ? deflateSync(new Uint8Array(height * (width + 1)).fill(128)) : new Uint8Array();
  return concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', drawn), chunk('IEND', new Uint8Array())]);
}

/** The header of a GIF89a of `width`×`height`. */
export function gifBytes(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(13);
  bytes.set(new TextEncoder().encode('GIF89a'));
  new DataView(bytes.buffer).setUint16(6, width, true);
  new DataView(bytes.buffer).setUint16(8, height, true);
  return bytes;
}

/** The start of a baseline JPEG of `width`×`height`: SOI, an APP0 (JFIF) segment of `app0Padding` extra bytes, then SOF0. */
export function jpegBytes(width: number, height: number, app0Padding = 0): Uint8Array {
  const app0 = new Uint8Array(2 + 2 + 14 + app0Padding);
  app0.set([0xff, 0xe0]);
  new DataView(app0.buffer).setUint16(2, 16 + app0Padding);
  app0.set(new TextEncoder().encode('JFIF\0'), 4);
  const sof = new Uint8Array([0xff, 0xc0, 0, 17, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  new DataView(sof.buffer).setUint16(5, height);
  new DataView(sof.buffer).setUint16(7, width);
  return concat([new Uint8Array([0xff, 0xd8]), app0, sof, new Uint8Array([0xff, 0xd9])]);
}

/** The header of an extended (VP8X) WebP of `width`×`height`. */
export function webpBytes(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(30);
  const text = new TextEncoder();
  bytes.set(text.encode('RIFF'), 0);
  new DataView(bytes.buffer).setUint32(4, 22, true);
  bytes.set(text.encode('WEBPVP8X'), 8);
  new DataView(bytes.buffer).setUint32(16, 10, true);
  const w = width - 1;
  const h = height - 1;
  bytes.set([w & 0xff, (w >> 8) & 0xff, (w >> 16) & 0xff, h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff], 24);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
