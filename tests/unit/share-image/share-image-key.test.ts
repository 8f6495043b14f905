import { describe, expect, it } from 'vitest';
import type { ShareCardContent } from '../../../src/lib/share-image/share-card-content.ts';
import { shareImageKey } from '../../../src/lib/share-image/share-image-key.ts';

const base: ShareCardContent = { headline: 'Harbour reopens', direction: 'ltr', section: 'Business', date: '4 March 2024', credit: 'AFP', siteName: 'Dispatch' };
const size = { width: 1200, height: 630 };
const key = (content: ShareCardContent, renderer = 'r1', s = size) => shareImageKey(content, s, renderer);

describe('shareImageKey', () => {
  it('is the same for the same card', () => {
    expect(key({ ...base })).toBe(key(base));
  });

  it.each<[string, ShareCardContent, string?, { width: number; height: number }?]>([
    ['headline', { ...base, headline: 'Harbour reopens!' }],
    ['section', { ...base, section: 'World' }],
    ['date', { ...base, date: '5 March 2024' }],
    ['credit', { ...base, credit: 'Reuters' }],
    ['no credit', { headline: base.headline, direction: 'ltr', section: base.section, date: '4 March 2024', siteName: base.siteName }],
    ["no date (a section's card)", { headline: base.headline, direction: 'ltr', section: base.section, credit: 'AFP', siteName: base.siteName }],
    ['site name', { ...base, siteName: 'Other' }],
    ['direction', { ...base, direction: 'rtl' }],
    ['renderer', base, 'r2'],
    ['size', base, 'r1', { width: 1200, height: 1200 }],
  ])('changes with the %s', (_what, content, renderer, s) => {
    expect(key(content, renderer, s)).not.toBe(key(base));
  });
});
