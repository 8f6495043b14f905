import { inflateSync } from 'node:zlib';

/** A decoded PNG: its size and its pixels as RGBA, 4 bytes a pixel, row by row. */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Decodes an 8-bit, non-interlaced PNG (greyscale, RGB, with or without alpha), as resvg
 * writes them: enough to check what a share image shows without an image library.
 */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const data: Uint8Array[] = [];
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      const ihdr = new DataView(body.buffer, body.byteOffset, body.byteLength);
      width = ihdr.getUint32(0);
      height = ihdr.getUint32(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs are decoded');
      colorType = body[9] ?? -1;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = CHANNELS[colorType];
  if (channels === undefined) throw new Error(`PNG colour type ${colorType} is not decoded`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const value = row[x] ?? 0;
      const predicted = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    const grey = channels <= 2;
    rgba[i * 4] = p[0] ?? 0;
    rgba[i * 4 + 1] = grey ? (p[0] ?? 0) : (p[1] ?? 0);
    rgba[i * 4 + 2] = grey ? (p[0] ?? 0) : (p[2] ?? 0);
    rgba[i * 4 + 3] = channels === 4 ? (p[3] ?? 255) : channels === 2 ? (p[1] ?? 255) : 255;
  }
  return { width, height, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** What a region of an image holds: how many distinct colours, and what share of it is dark (ink). */
export function regionStats(png: DecodedPng, region: { x: number; y: number; width: number; height: number }): { distinctColours: number; inkShare: number } {
  const colours = new Set<number>();
  let ink = 0;
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      const i = (y * png.width + x) * 4;
      const [r = 0, g = 0, b = 0] = png.rgba.subarray(i, i + 3);
      colours.add((r << 16) | (g << 8) | b);
      if (r + g + b < 200) ink++;
    }
  }
  return { distinctColours: colours.size, inkShare: ink / (region.width * region.height) };
}
