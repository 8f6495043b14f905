import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/lib/page-cache-key.ts';

const page = { body: 'digest-1', printed: { headline: 'Harbour reopens', related: [{ slug: 'storm', title: 'Storm hits' }] } };

describe('pageCacheKey', () => {
  it('is the same for the same page', () => {
    expect(pageCacheKey(structuredClone(page))).toBe(pageCacheKey(page));
  });

  it.each([
    ['its own text', { ...page, body: 'digest-2' }],
    ['its headline', { ...page, printed: { ...page.printed, headline: 'Harbour reopens early' } }],
    ['a related story’s headline', { ...page, printed: { ...page.printed, related: [{ slug: 'storm', title: 'Storm hits coast' }] } }],
    ['the related stories', { ...page, printed: { ...page.printed, related: [] } }],
  ])('changes when %s changes', (_what, changed) => {
    expect(pageCacheKey(changed)).not.toBe(pageCacheKey(page));
  });
});
