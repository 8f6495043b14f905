import { describe, expect, it } from 'vitest';
import { headlineSlug } from '../../../src/lib/editor/headline-slug.ts';
import { isValidSlug } from '../../../src/lib/slugs.ts';

const long = 'Kestrin Dam inquiry finds warnings about the embankment were ignored for eleven years before the breach';

describe('headlineSlug', () => {
  it.each([
    ['Kim Jong-un in Russia for talks with Vladimir Putin', 'kim-jong-un-in-russia-for-talks-with-vladimir-putin'],
    ['Zürich: “Straße” & Łódź', 'zurich-strasse-and-lodz'],
    [long, 'kestrin-dam-inquiry-finds-warnings-about-the-embankment-were-ignored-for-eleven'],
    ['x'.repeat(100), 'x'.repeat(80)],
    ['日本', ''],
  ])('%s → %s', (headline, slug) => {
    expect(headlineSlug(headline)).toBe(slug);
  });

  it('cuts at a word boundary, never leaving a trailing hyphen, within the limit', () => {
    for (let max = 10; max <= 90; max += 1) {
      const slug = headlineSlug(long, max);
      expect(slug.length).toBeLessThanOrEqual(max);
      expect(isValidSlug(slug)).toBe(true);
      expect(`${long.toLowerCase().replace(/ /g, '-')}-`.startsWith(`${slug}-`)).toBe(true);
    }
  });
});
