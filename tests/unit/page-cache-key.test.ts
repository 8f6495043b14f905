import { describe, expect, it } from 'vitest';
import { pageCacheKey, withCacheKeys } from '../../src/lib/page-cache-key.ts';

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

describe('withCacheKeys', () => {
  const listing = { params: { section: 'world', page: '2' }, props: { cards: [{ headline: 'Harbour reopens', date: '2 March 2026' }] } };
  const keyOf = (path: typeof listing, frame = 'frame') => withCacheKeys(frame, [path])[0]?.cacheKey;

  it('keeps each path as it was and adds the same key for the same listing', () => {
    const [keyed] = withCacheKeys('frame', [listing]);
    expect(keyed).toMatchObject(listing);
    expect(keyOf(structuredClone(listing))).toBe(keyOf(listing));
  });

  it.each([
    ['a card on the page', { ...listing, props: { cards: [{ headline: 'Harbour reopens early', date: '2 March 2026' }] } }],
    ['the page number', { ...listing, params: { ...listing.params, page: '3' } }],
    ['the section', { ...listing, params: { ...listing.params, section: 'business' } }],
  ])('gives another key when %s changes', (_what, changed) => {
    expect(keyOf(changed)).not.toBe(keyOf(listing));
  });

  it('gives another key when the site’s frame changes (a fixed page added to the footer)', () => {
    expect(keyOf(listing, 'other frame')).not.toBe(keyOf(listing));
  });
});
