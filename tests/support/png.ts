import { PNG } from 'pngjs';

/** A decoded PNG: its size and its pixels as RGBA, 4 bytes a pixel, row by row. */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

/** Decodes a PNG (any colour type and depth pngjs reads) to 8-bit RGBA, to check what a share image shows. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const { width, height, data } = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { width, height, rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
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
