import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesInFolder } from '../../../src/build/output/names-in-folder.ts';
import { folderWith } from '../../support/temp-tree.ts';

describe('namesInFolder', () => {
  it('names every file and folder of a cache folder, not what is inside its folders', () => {
    const dir = folderWith({ 'a1.png': 'card', 'b2.html': '<p>body</p>', 'old/c3.png': 'card' });
    expect([...namesInFolder(dir)].sort()).toEqual(['a1.png', 'b2.html', 'old']);
  });

  it.each([
    ['a folder not made yet (a first build)', (dir: string) => join(dir, 'share-images')],
    ['a file where the folder should be', (dir: string) => join(dir, 'a1.png')],
  ])('names nothing for %s, so that everything is made', (_case, where) => {
    expect(namesInFolder(where(folderWith({ 'a1.png': 'card' })))).toEqual(new Set());
  });
});
