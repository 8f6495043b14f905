import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stopIncrementalPageCopies } from '../../../src/build/incremental-page-copies.ts';
import { folderWith } from '../../support/temp-tree.ts';

describe('stopIncrementalPageCopies', () => {
  it("deletes the page copies earlier builds left in the cache folder, and finds Astro's method to replace", async () => {
    const root = folderWith({ 'cache/dist/articles/a/index.html': '<p>old</p>', 'cache/data-store.json': '{}', 'site/index.html': '<p>site</p>' });
    await expect(stopIncrementalPageCopies(join(root, 'cache'), join(root, 'site'))).resolves.toBe(true);
    expect(existsSync(join(root, 'cache/dist'))).toBe(false);
    expect(existsSync(join(root, 'cache/data-store.json'))).toBe(true);
    expect(existsSync(join(root, 'site/index.html'))).toBe(true);
  });

  it.each([
    ['is the output folder', 'dist'],
    ['holds the output folder', 'dist/site'],
  ])('leaves the copies folder alone when it %s', async (_what, output) => {
    const root = folderWith({ 'placeholder.txt': '' });
    mkdirSync(join(root, output), { recursive: true });
    writeFileSync(join(root, output, 'index.html'), '<p>site</p>');
    await stopIncrementalPageCopies(root, join(root, output));
    expect(existsSync(join(root, output, 'index.html'))).toBe(true);
  });
});
