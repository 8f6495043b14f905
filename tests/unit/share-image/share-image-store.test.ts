import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShareCardContent } from '../../../src/lib/share-image/share-card-content.ts';
import { createShareImageStore, rendererTag } from '../../../src/build/share-images/share-image-store.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';

const nodeModulesDir = join(PROJECT_ROOT, 'node_modules');
const content: ShareCardContent = { headline: 'Harbour reopens', direction: 'ltr', section: 'Business', date: '4 March 2024', siteName: 'Dispatch' };
const size = { width: 1200, height: 630 };

describe('the share image cache', () => {
  it('draws an image once, then reads it from the cache folder, in this build and the next', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dispatch-share-cache-'));
    const first = await createShareImageStore({ cacheDir, nodeModulesDir }).image(content, size);
    expect(first.cached).toBe(false);
    const again = await createShareImageStore({ cacheDir, nodeModulesDir }).image(content, size);
    expect(again.cached).toBe(true);
    expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(1);
  });

  it('draws again when anything drawn changes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dispatch-share-cache-'));
    const store = createShareImageStore({ cacheDir, nodeModulesDir });
    await store.image(content, size);
    expect((await store.image({ ...content, headline: 'Harbour reopens at last' }, size)).cached).toBe(false);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });

  it('draws a card asked for twice at once only once', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dispatch-share-cache-'));
    const store = createShareImageStore({ cacheDir, nodeModulesDir });
    const [a, b] = await Promise.all([store.image(content, size), store.image(content, size)]);
    expect(a).toBe(b);
  });

  it('names the renderer and the libraries it draws with in its cache key', () => {
    expect(rendererTag(nodeModulesDir)).toMatch(/^dispatch-share-\d+ satori@\S+ @resvg\/resvg-js@\S+ @fontsource\/noto-sans@/);
  });
});
