import { describe, expect, it } from 'vitest';
import { planInputsKey } from '../../../src/lib/site-plan/plan-inputs-key.ts';
import type { SitePlanParts } from '../../../src/lib/site-plan/site-plan.ts';
import { makeArticle } from '../fixtures.ts';

const articles = [makeArticle('harbour-reopens', '2024-03-05', ['image: { src: harbour.png, alt: The harbour }']), makeArticle('storm-warning', '2024-03-04')];
const parts: SitePlanParts = {
  contentKey: 'content-key',
  articles,
  sources: new Map(articles.map((a) => [a.slug, { file: a.file, digest: `digest-of-${a.slug}` }])),
  related: new Map([['harbour-reopens', [{ slug: 'storm-warning', score: 0.4, reasons: ['Storms'], pinned: false }]]]),
  stories: [],
  pictures: new Map([['harbour-reopens', { src: '/articles/harbour-reopens/harbour.png', alt: 'The harbour', width: 800, height: 600 }]]),
  changeNotes: new Map(),
  authorProfiles: [],
  sitePages: [],
  searchShards: [{ key: 'part-1', path: '/pagefind/part-1/', year: 2024, slugs: ['harbour-reopens', 'storm-warning'] }],
  shareImages: [{ card: 'article', slug: 'harbour-reopens', variant: 'share.png', cacheName: 'harbour-reopens.png', sitePath: '/articles/harbour-reopens/share.png' }],
  sharedWithSectionCard: new Set(['storm-warning']),
  shareImagesAhead: [],
};

describe('a plan’s inputs key', () => {
  it('is the same for the same plan', () => {
    expect(planInputsKey(structuredClone(parts))).toBe(planInputsKey(parts));
  });

  // What can change without any article's file changing, and changes pages: each must change the key.
  const changes: [string, Partial<SitePlanParts>][] = [
    ['the stored files (the content key)', { contentKey: 'another-content-key' }],
    ['a picture’s size (its image file replaced)', { pictures: new Map([['harbour-reopens', { src: '/articles/harbour-reopens/harbour.png', alt: 'The harbour', width: 1200, height: 600 }]]) }],
    ['which articles wait for their own share card', { sharedWithSectionCard: new Set() }],
    ['the share cards published', { shareImages: [] }],
    ['the search index’s parts (their size is a setting)', { searchShards: [{ key: 'part-2', path: '/pagefind/part-2/', year: 2024, slugs: ['harbour-reopens', 'storm-warning'] }] }],
  ];
  it.each(changes)('changes with %s', (_what, change) => {
    expect(planInputsKey({ ...parts, ...change })).not.toBe(planInputsKey(parts));
  });

  // The cards drawn ahead go to the cache for later builds, never to the output: which ones a
  // build draws depends on the cache it starts from, and the service worker's version must not.
  it('does not change with the share cards drawn ahead for later builds', () => {
    const ahead = [{ card: 'article' as const, slug: 'storm-warning', variant: 'share.png', cacheName: 'storm-warning.png', sitePath: '/articles/storm-warning/share.png' }];
    expect(planInputsKey({ ...parts, shareImagesAhead: ahead })).toBe(planInputsKey(parts));
  });
});
