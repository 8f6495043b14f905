import { describe, expect, it } from 'vitest';
import { headlineFontSize, shareCard, visualLength } from '../../../src/lib/share-image/share-card.ts';
import type { ShareCardContent } from '../../../src/lib/share-image/share-card-content.ts';

const wide = { width: 1200, height: 630 };

describe('the share card layout', () => {
  it.each([
    ['Short', 5],
    ['奥斯特', 6],
    ['a奥', 3],
  ])('counts %s as %i narrow characters', (text, length) => {
    expect(visualLength(text)).toBe(length);
  });

  it.each([
    ['a'.repeat(40), 72],
    ['a'.repeat(90), 60],
    ['a'.repeat(140), 50],
    ['a'.repeat(200), 42],
    ['奥'.repeat(40), 60],
  ])('sizes a headline of %s to %ipx', (headline, size) => {
    expect(headlineFontSize(headline, wide)).toBe(size);
  });

  it('lays a right-to-left headline out right to left, and clamps long headlines', () => {
    const content: ShareCardContent = { headline: 'افتتاح ميناء', direction: 'rtl', section: 'World', date: '13 May 2024', siteName: 'Dispatch' };
    const json = JSON.stringify(shareCard(content, wide, "'noto-sans-latin'"));
    expect(json).toContain('"dir":"rtl"');
    expect(json).toContain('"direction":"rtl"');
    expect(json).toContain('"lineClamp"');
    expect(json).toContain('13 May 2024');
    expect(json).not.toContain('undefined');
  });
});
