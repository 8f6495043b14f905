import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { MARK_FILE, renderAppIcon } from '../../../src/build/offline/app-icons.ts';
import { appIconSvg, svgText } from '../../../src/lib/offline/app-icons.ts';
import { APP_ICONS, type AppIcon } from '../../../src/lib/offline/web-manifest.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';

const MARK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#a3122a"/><text x="16" y="23">Q</text></svg>';
const maskable: AppIcon = { name: 'm', size: 512, purpose: 'maskable' };

describe('the icons drawn from the mark', () => {
  it('uses the mark as it is for an ordinary icon', () => {
    expect(appIconSvg(MARK, { name: 'a', size: 192, purpose: 'any' }, 'mark.svg')).toBe(MARK);
  });

  it('puts the maskable icon on a full-bleed square of the mark’s colour, the mark scaled into the safe zone', () => {
    const svg = appIconSvg(MARK, maskable, 'mark.svg');
    expect(svg).toContain('<rect x="0" y="0" width="32" height="32" fill="#a3122a"/>');
    expect(svg).toContain('<g transform="translate(16 16) scale(0.8) translate(-16 -16)"><rect width="32"');
    expect(svgText(svg)).toBe('Q');
  });

  it.each([
    ['no viewBox', MARK.replace(' viewBox="0 0 32 32"', ''), 'mark.svg: viewBox:'],
    ['no coloured rect', MARK.replace(' fill="#a3122a"', ''), 'mark.svg: rect fill:'],
    ['not SVG', '<html></html>', 'mark.svg: not an SVG document'],
  ])('refuses a mark with %s, naming the file and field', (_, svg, message) => {
    expect(() => appIconSvg(svg, maskable, 'mark.svg')).toThrow(message);
  });

  it.each(APP_ICONS.map((icon) => [icon.name, icon] as const))('draws %s from the site’s mark at its size, letter included', (_, icon) => {
    const png = PNG.sync.read(Buffer.from(renderAppIcon(PROJECT_ROOT, icon)));
    expect([png.width, png.height]).toEqual([icon.size, icon.size]);
    const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];
    // The mark's red, in the corner only where the icon is full-bleed; its white letter across the middle.
    expect(at(1, 1)).toEqual(icon.purpose === 'maskable' ? [0xa3, 0x12, 0x2a, 255] : [0, 0, 0, 0]);
    const middle = Array.from({ length: icon.size }, (_, x) => at(x, Math.round(icon.size / 2)));
    expect(middle.some(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
  });

  it('draws from public/favicon.svg', () => {
    expect(readFileSync(join(PROJECT_ROOT, MARK_FILE), 'utf8')).toContain('<svg');
  });
});
