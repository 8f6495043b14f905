import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shareImageCacheFile, shareImageStoreOptions } from '../../../src/build/share-images/share-image-cache.ts';
import { drawMissingShareImages, planShareImages } from '../../../src/build/share-images/share-images.ts';
import { makePublishedContent, type PlannedShareImage } from '../../../src/lib/site-plan/site-plan.ts';
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
    return { images: plan.shareImages.map((image) => `${image.card} ${image.sitePath}`), waiting: [...plan.sharedWithSectionCard], ahead: plan.shareImagesAhead.map((image) => image.sitePath) };
  };
  const cache = () => shareImageStoreOptions(PROJECT_ROOT).cacheDir;
  /** Puts an article's card in the cache, as a build that drew it would. */
  const drawnBefore = (slug: string) => {
    vi.stubEnv('DISPATCH_SHARE_IMAGE_BUDGET', '4');
    const card = planShareImages(articles, testSite, PROJECT_ROOT, true).shareImages.find((image) => image.slug === slug);
    if (card === undefined) throw new Error(`${slug} has a card when there is room for all`);
    writeFileSync(shareImageCacheFile(cache(), card), 'a drawn card');
  };

  it.each<[string, number, { images: string[]; waiting: string[]; ahead: string[] }]>([
    [
      'room for all: every article its own, no section card',
      4,
      {
        images: ['article /articles/fourth/share.png', 'article /articles/third/share.png', 'article /articles/second/share.png', 'article /articles/first/share.png'],
        waiting: [],
        ahead: [],
      },
    ],
    [
      "budget 1: the newest its own; each waiting article's section drawn once, the default section's for articles naming none",
      1,
      { images: ['article /articles/fourth/share.png', 'section /news/share.png', 'section /world/share.png'], waiting: ['third', 'second', 'first'], ahead: [] },
    ],
    [
      'budget 3: only the section that still has an article waiting',
      3,
      { images: ['article /articles/fourth/share.png', 'article /articles/third/share.png', 'article /articles/second/share.png', 'section /news/share.png'], waiting: ['first'], ahead: [] },
    ],
  ])('with %s', (_case, budget, expected) => {
    expect(paths(budget)).toEqual(expected);
  });

  it('keeps a card already in the cache beyond the budget, costing none of it', () => {
    drawnBefore('first');
    expect(paths(1)).toEqual({
      images: ['article /articles/fourth/share.png', 'article /articles/first/share.png', 'section /news/share.png', 'section /world/share.png'],
      waiting: ['third', 'second'],
      ahead: [],
    });
  });

  it('draws the missing among the newest within the budget, and the next newest ahead with what it has left, shown with their section meanwhile', () => {
    drawnBefore('fourth');
    expect(paths(2)).toEqual({
      images: ['article /articles/fourth/share.png', 'article /articles/third/share.png', 'section /world/share.png', 'section /news/share.png'],
      waiting: ['second', 'first'],
      ahead: ['/articles/second/share.png'],
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

  const contentOf = (planned: ReturnType<typeof planShareImages>) =>
    makePublishedContent({ contentKey: 'k', articles, sources: new Map(), searchShards: [], pictures: new Map(), changeNotes: new Map(), authorProfiles: [], sitePages: [], ...planned }, testSite);
  const inCache = (images: readonly PlannedShareImage[]) => images.map((image) => [image.sitePath, existsSync(shareImageCacheFile(cache(), image))]);

  // The cards are drawn on threads at the lowest priority: on a busy machine they get only its idle time.
  const DRAWING_TIMEOUT_MS = 60_000;

  it(
    "draws only the planned images a process owns (a shard's), none already cached",
    async () => {
      vi.stubEnv('DISPATCH_SHARE_IMAGE_BUDGET', '1');
      const planned = planShareImages(articles, testSite, PROJECT_ROOT, true);
      const content = contentOf(planned);
      expect(await drawMissingShareImages(content, testSite, PROJECT_ROOT, () => false).published).toBe(0);
      expect(await drawMissingShareImages(content, testSite, PROJECT_ROOT, (path) => path === '/world/share.png').published).toBe(1);
      expect(inCache(planned.shareImages)).toEqual([
        ['/articles/fourth/share.png', false],
        ['/news/share.png', false],
        ['/world/share.png', true],
      ]);
      expect(await drawMissingShareImages(content, testSite, PROJECT_ROOT, (path) => path === '/world/share.png').published).toBe(0);
    },
    DRAWING_TIMEOUT_MS,
  );

  it(
    'draws the cards ahead after the published ones, into the cache only, and none once stopped',
    async () => {
      drawnBefore('fourth');
      drawnBefore('third');
      vi.stubEnv('DISPATCH_SHARE_IMAGE_BUDGET', '2');
      const planned = planShareImages(articles, testSite, PROJECT_ROOT, true);
      expect(planned.shareImagesAhead.map((image) => image.sitePath)).toEqual(['/articles/second/share.png', '/articles/first/share.png']);
      const stopped = drawMissingShareImages(contentOf(planned), testSite, PROJECT_ROOT);
      stopped.stopAhead();
      expect(await stopped.published).toBe(2);
      expect(await stopped.ahead).toEqual({ drawn: 0, planned: 2 });
      expect(inCache(planned.shareImagesAhead)).toEqual([
        ['/articles/second/share.png', false],
        ['/articles/first/share.png', false],
      ]);
      const drawing = drawMissingShareImages(contentOf(planned), testSite, PROJECT_ROOT, (path) => path !== '/articles/first/share.png');
      expect(await drawing.published).toBe(0);
      expect(await drawing.ahead).toEqual({ drawn: 1, planned: 1 });
      expect(inCache(planned.shareImagesAhead)).toEqual([
        ['/articles/second/share.png', true],
        ['/articles/first/share.png', false],
      ]);
    },
    DRAWING_TIMEOUT_MS,
  );
});
