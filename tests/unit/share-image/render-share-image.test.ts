import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontCatalog } from '../../../src/build/share-images/font-catalog.ts';
import { createFontSource } from '../../../src/build/share-images/font-source.ts';
import { cardText, renderShareImage, textShaper } from '../../../src/build/share-images/render-share-image.ts';
import type { ShareCardContent } from '../../../src/lib/share-image/share-card-content.ts';
import { textDirection } from '../../../src/lib/share-image/text-direction.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';
import { decodePng, regionStats } from '../../support/png.ts';

const fonts = createFontSource(readFontCatalog(join(PROJECT_ROOT, 'node_modules')), mkdtempSync(join(tmpdir(), 'dispatch-fonts-')));
const card = (headline: string, credit?: string): ShareCardContent => ({
  headline,
  direction: textDirection(headline),
  section: 'World',
  date: '13 May 2024',
  ...(credit === undefined ? {} : { credit }),
  siteName: 'Dispatch',
});

describe('renderShareImage', () => {
  it.each([
    ['Latin', 'Ostrel harbour lights return after the storm', 'satori'],
    ['Cyrillic', 'Жители Остреля отмечают открытие новой гавани', 'satori'],
    ['Arabic', 'افتتاح ميناء أوستريل من جديد بعد إصلاحات العاصفة', 'resvg'],
    ['Chinese', '奥斯特雷尔港在风暴修复六周后重新开放航运', 'satori'],
    ['Hindi', 'तूफ़ान की मरम्मत के बाद ओस्ट्रेल बंदरगाह फिर से खुला', 'satori'],
  ])('draws a %s headline as a 1200×630 PNG with ink in the headline area', async (_script, headline, shaper) => {
    const content = card(headline, 'Coastal Wire');
    expect(textShaper(content)).toBe(shaper);
    const png = decodePng(await renderShareImage(content, { width: 1200, height: 630 }, fonts(cardText(content))));
    expect([png.width, png.height]).toEqual([1200, 630]);
    const headlineArea = regionStats(png, { x: 64, y: 150, width: 1072, height: 300 });
    // Antialiased glyphs give many shades; a blank or single-colour box gives one or two.
    expect(headlineArea.distinctColours).toBeGreaterThan(10);
    expect(headlineArea.inkShare).toBeGreaterThan(0.03);
  });

  it('puts a right-to-left headline against the right margin', async () => {
    const content = card('افتتاح ميناء');
    const png = decodePng(await renderShareImage(content, { width: 1200, height: 630 }, fonts(cardText(content))));
    const left = regionStats(png, { x: 64, y: 150, width: 500, height: 300 });
    const right = regionStats(png, { x: 636, y: 150, width: 500, height: 300 });
    expect(right.inkShare).toBeGreaterThan(0.02);
    expect(left.inkShare).toBe(0);
  });

  it.each([
    [1200, 900],
    [1200, 1200],
  ])('draws the %i×%i variant', async (width, height) => {
    const content = card('Ostrel harbour lights return after the storm');
    const png = decodePng(await renderShareImage(content, { width, height }, fonts(cardText(content))));
    expect([png.width, png.height]).toEqual([width, height]);
  });

  it.each([
    [1200, 630],
    [1200, 1200],
  ])('draws the %i×%i card under an accent bar edge to edge, with a rule between the margins above the footer', async (width, height) => {
    const content = card('Ostrel harbour lights return after the storm', 'Coastal Wire');
    const png = decodePng(await renderShareImage(content, { width, height }, fonts(cardText(content))));
    const colour = (x: number, y: number): string => {
      const at = (y * png.width + x) * 4;
      return [...png.rgba.subarray(at, at + 3)].map((channel) => channel.toString(16).padStart(2, '0')).join('');
    };
    const rowIs = (y: number, hex: string, from: number, to: number): boolean => {
      for (let x = from; x < to; x++) if (colour(x, y) !== hex) return false;
      return true;
    };
    const accentRows = Array.from({ length: height }, (_, y) => y).filter((y) => rowIs(y, 'a3122a', 0, width));
    expect(accentRows).toEqual(Array.from({ length: 16 }, (_, y) => y));
    const ruleRows = Array.from({ length: height }, (_, y) => y).filter((y) => rowIs(y, '555555', 64, width - 64));
    expect(ruleRows).toHaveLength(2);
    expect(ruleRows[1]! - ruleRows[0]!).toBe(1);
    // Below the headline, above the footer's line of text, and not into the side margins.
    expect(ruleRows[0]!).toBeGreaterThan(height / 2);
    expect(ruleRows[0]!).toBeLessThan(height - 64 - 28);
    expect(colour(63, ruleRows[0]!)).toBe('f4f2ee');
    expect(colour(width - 64, ruleRows[0]!)).toBe('f4f2ee');
  });
});
