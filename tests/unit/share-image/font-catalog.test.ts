import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facesFor, readFontCatalog } from '../../../src/build/share-images/font-catalog.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';

const catalog = readFontCatalog(join(PROJECT_ROOT, 'node_modules'));
const names = (text: string, weight: 400 | 700 = 700) => facesFor(catalog, text, weight).map((face) => face.subset);

describe('the font catalog of the installed @fontsource packages', () => {
  it('has both weights of every subset, each a .woff file that exists', () => {
    expect(catalog.length).toBeGreaterThan(200);
    expect(catalog.every((face) => face.path.endsWith('.woff') && existsSync(face.path))).toBe(true);
    expect(new Set(catalog.map((face) => face.weight))).toEqual(new Set([400, 700]));
  });

  it.each([
    ['Latin', 'Kim Jong-un in Russia', ['noto-sans-latin']],
    ['accented Latin', 'Zürich café', ['noto-sans-latin']],
    ['Cyrillic', 'Жители Остреля', ['noto-sans-latin', 'noto-sans-cyrillic']],
    ['Arabic', 'افتتاح ميناء', ['noto-sans-latin', 'noto-sans-arabic-arabic']],
    ['Devanagari', 'तूफ़ान की मरम्मत', ['noto-sans-latin', 'noto-sans-devanagari-devanagari']],
  ])('draws %s with only the subsets it needs', (_script, text, expected) => {
    expect(names(text).sort()).toEqual([...expected].sort());
  });

  it('loads only the numbered Chinese subsets whose unicode-range covers the headline', () => {
    const chosen = names('奥斯特雷尔港');
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.length).toBeLessThanOrEqual(6);
    expect(chosen.every((name) => /^noto-sans-sc-\d+$/.test(name))).toBe(true);
    for (const char of '奥斯特雷尔港') {
      const covering = facesFor(catalog, char, 700)[0];
      expect(covering?.subset, char).toMatch(/^noto-sans-sc-\d+$/);
    }
  });

  it('gives the same choice for the same text, whatever the order of its characters', () => {
    expect(names('港奥')).toEqual(names('奥港'));
  });
});
