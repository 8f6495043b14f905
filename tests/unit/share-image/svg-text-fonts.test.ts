import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facesFor, readFontCatalog } from '../../../src/build/share-images/font-catalog.ts';
import { assignTextFonts } from '../../../src/build/share-images/svg-text-fonts.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';

const catalog = readFontCatalog(join(PROJECT_ROOT, 'node_modules'));
const faces = [...facesFor(catalog, 'Dispatch افتتاح', 700), ...facesFor(catalog, '13 May ليلى Жители', 400)];
const text = (weight: number, content: string) => `<text x="0" y="0" font-weight="${weight}" font-family="noto-sans-latin,noto-sans-arabic-arabic">${content}</text>`;

describe('assignTextFonts', () => {
  it.each([
    [700, 'Dispatch', 'noto-sans-latin'],
    [700, 'افتتاح', 'noto-sans-arabic-arabic'],
    [400, 'ليلى', 'noto-sans-arabic-arabic'],
    [400, 'Жители', 'noto-sans-cyrillic'],
    [400, '13', 'noto-sans-latin'],
    [400, ' ', 'noto-sans-latin'],
    [400, '&lt;b&gt;', 'noto-sans-latin'],
  ])('names the one subset that draws a weight-%i run "%s"', (weight, content, subset) => {
    expect(assignTextFonts(text(weight, content), faces)).toBe(`<text x="0" y="0" font-weight="${weight}" font-family="${subset}">${content}</text>`);
  });
});
