import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shareImageCacheFile, shareImageStoreOptions } from '../../../src/build/share-images/share-image-cache.ts';
import { drawMissingShareImages, planShareImages } from '../../../src/build/share-images/share-images.ts';
import { makePublishedContent } from '../../../src/lib/site-plan/site-plan.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';

// Invented articles, newest first as the plan lists them: two in World, two in the default section (none named).
const articles = [
  makeArticle('fourth', '2024-04-01T09:00', ['section: world']),
  makeArticle('third', '2024-03-01T09:00'),
  makeArticle('second', '2024-02-01T09:00', ['section: world']),
  makeArticle('first', '2024-01-01T09:00'),
];

describe("the site plan's share images", () => {
  beforeEach(() => {
    vi.stubEnv('DISPATCH_SHARE_IMAGE_CACHE', mkdtempSync(join(tmpdir(), 'dispatch-share-plan-')));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const paths = (budget: number) => {
    vi.stubEnv('DISPATCH_SHARE_IMAGE_BUDGET', String(budget));
    const plan = planShareImages(articles, testSite, PROJECT_ROOT, true);
    return { images: plan.shareImages.map((image) => `${image.card} ${image.sitePath}`), waiting: [...plan.sharedWithSectionCard] };
  };

  it.each<[string, number, { images: string[]; waiting: string[] }]>([
    [
      'room for all: every article its own, no section card',
      4,
      { images: ['article /articles/fourth/share.png', 'article /articles/third/share.png', 'article /articles/second/share.png', 'article /articles/first/share.png'], waiting: [] },
    ],
    [
      "budget 1: the newest its own; each waiting article's section drawn once, the default section's for articles naming none",
      1,
      { images: ['article /articles/fourth/share.png', 'section /news/share.png', 'section /world/share.png'], waiting: ['third', 'second', 'first'] },
    ],
    [
      'budget 3: only the section that still has an article waiting',
      3,
      { images: ['article /articles/fourth/share.png', 'article /articles/third/share.png', 'article /articles/second/share.png', 'section /news/share.png'], waiting: ['first'] },
    ],
  ])('with %s', (_case, budget, expected) => {
    expect(paths(budget)).toEqual(expected);
  });

  it('keeps a card already in the cache beyond the budget, costing none of it', () => {
    vi.stubEnv('DISPATCH_SHARE_IMAGE_BUDGET', '4');
    const oldest = planShareImages(articles, testSite, PROJECT_ROOT, true).shareImages.find((image) => image.slug === 'first');
    if (oldest === undefined) throw new Error('the oldest article has a card when there is room for all');
    writeFileSync(shareImageCacheFile(shareImageStoreOptions(PROJECT_ROOT).cacheDir, oldest), 'a drawn card');
    expect(paths(1)).toEqual({
      images: ['article /articles/fourth/share.png', 'article /articles/first/share.png', 'section /news/share.png', 'section /world/share.png'],
      waiting: ['third', 'second'],
    });
  });

  it("is the same plan wherever this machine keeps its cache: cards are named, not located, so the plan's digest (the service worker's version) is too", () => {
    vi.stubEnv('DISPATCH_SHARE_IMAGE_BUDGET', '1');
    const here = planShareImages(articles, testSite, PROJECT_ROOT, true);
    vi.stubEnv('DISPATCH_SHARE_IMAGE_CACHE', mkdtempSync(join(tmpdir(), 'dispatch-share-plan-elsewhere-')));
    const elsewhere = planShareImages(articles, testSite, PROJECT_ROOT, true);
    expect(elsewhere.shareImages).toEqual(here.shareImages);
    expect(JSON.stringify(here.shareImages)).not.toContain(tmpdir());
    expect(here.shareImages.every((image) => /^[\w-]+\.png$/.test(image.cacheName))).toBe(true);
  });

  it('plans nothing outside a build: the dev server draws every article its own card when asked', () => {
    vi.stubEnv('DISPATCH_SHARE_IMAGE_BUDGET', '0');
    const plan = planShareImages(articles, testSite, PROJECT_ROOT, false);
    expect([plan.shareImages, [...plan.sharedWithSectionCard]]).toEqual([[], []]);
  });

  it('names the variable when the budget is no number', () => {
    vi.stubEnv('DISPATCH_SHARE_IMAGE_BUDGET', 'lots');
    expect(() => planShareImages(articles, testSite, PROJECT_ROOT, true)).toThrow(/^DISPATCH_SHARE_IMAGE_BUDGET: expected a whole number/);
  });

  it("draws only the planned images a process owns (a shard's), none already cached", async () => {
    vi.stubEnv('DISPATCH_SHARE_IMAGE_BUDGET', '1');
    const planned = planShareImages(articles, testSite, PROJECT_ROOT, true);
    const content = makePublishedContent(
      { contentKey: 'k', articles, sources: new Map(), searchShards: [], pictures: new Map(), changeNotes: new Map(), authorProfiles: [], sitePages: [], ...planned },
      testSite,
    );
    expect(await drawMissingShareImages(content, testSite, PROJECT_ROOT, () => false)).toBe(0);
    expect(await drawMissingShareImages(content, testSite, PROJECT_ROOT, (path) => path === '/world/share.png')).toBe(1);
    expect(planned.shareImages.map((image) => [image.sitePath, existsSync(shareImageCacheFile(shareImageStoreOptions(PROJECT_ROOT).cacheDir, image))])).toEqual([
      ['/articles/fourth/share.png', false],
      ['/news/share.png', false],
      ['/world/share.png', true],
    ]);
    expect(await drawMissingShareImages(content, testSite, PROJECT_ROOT, (path) => path === '/world/share.png')).toBe(0);
  });
});
