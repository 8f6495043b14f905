import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishShareImages, shareImagesAheadReport, shareImagesReport } from '../../../src/build/share-images/publish-share-images.ts';
import type { PlannedShareImage } from '../../../src/lib/site-plan/site-plan.ts';

describe('publishing share images', () => {
  const cache = mkdtempSync(join(tmpdir(), 'dispatch-share-publish-'));
  const images: PlannedShareImage[] = [
    { card: 'article', slug: 'harbour', variant: 'share.png', cacheName: 'a.png', sitePath: '/articles/harbour/share.png' },
    { card: 'section', slug: 'world', variant: 'share.png', cacheName: 'w.png', sitePath: '/world/share.png' },
  ];
  for (const image of images) writeFileSync(join(cache, image.cacheName), `card of ${image.slug}`);

  it.each<[string, ((sitePath: string) => boolean) | undefined, string[]]>([
    ['every image, by default', undefined, ['articles/harbour/share.png', 'world/share.png']],
    ["a shard's own only", (path) => path.startsWith('/world/'), ['world/share.png']],
  ])('publishes %s', async (_case, owns, published) => {
    const outDir = mkdtempSync(join(tmpdir(), 'dispatch-share-out-'));
    const claimed = new Set<string>();
    const result = await publishShareImages(images, Promise.resolve(1), cache, outDir, claimed, owns);
    expect(result).toEqual({ published: published.length, drawn: 1, files: published });
    expect([...claimed]).toEqual(published);
    expect(images.map((image) => image.sitePath.slice(1)).filter((path) => existsSync(join(outDir, path)))).toEqual(published);
  });

  it.each([
    [0, '3 share images published, 1 drawn (the rest from the image cache); every article has its own card'],
    [
      1,
      "3 share images published, 1 drawn (the rest from the image cache); 1 article waits for its own card, shown with its section's until a later build draws it (newest first, at most shareImageBudget a build)",
    ],
    [
      2,
      "3 share images published, 1 drawn (the rest from the image cache); 2 articles wait for their own card, shown with their section's until a later build draws it (newest first, at most shareImageBudget a build)",
    ],
  ])('says in the log, with %i waiting: %s', (waiting, line) => {
    expect(shareImagesReport({ published: 3, drawn: 1 }, waiting)).toBe(line);
  });

  it.each<[string, { drawn: number; planned: number }, string | undefined]>([
    ['nothing to draw ahead: no line', { drawn: 0, planned: 0 }, undefined],
    ['all drawn', { drawn: 4, planned: 4 }, '4 of 4 share cards drawn ahead while the build ran, for the next build to publish'],
    [
      'stopped before the end',
      { drawn: 120, planned: 500 },
      "120 of 500 share cards drawn ahead while the build ran, for the next build to publish; the other 380 were left when this build's own work was done (a build with DISPATCH_SHARE_IMAGE_BUDGET set to the number of articles draws every missing card, and waits for them)",
    ],
  ])('says in the log what was drawn ahead, %s', (_case, ahead, line) => {
    expect(shareImagesAheadReport(ahead)).toBe(line);
  });
});
