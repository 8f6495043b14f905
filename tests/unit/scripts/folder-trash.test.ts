import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFolderTrash } from '../../../scripts/support/folder-trash.ts';
import { folderWith } from '../../support/temp-tree.ts';

describe("the benchmark's folder trash", () => {
  it('moves a folder out of the way at once, keeps it until emptied, then deletes it', () => {
    const scratch = folderWith({ 'dist/index.html': 'page', 'cache/a.json': '{}', 'dist-sharded/x.html': 'x' });
    const trash = openFolderTrash(join(scratch, 'trash'));
    trash.setAside(join(scratch, 'dist'));
    trash.setAside(join(scratch, 'cache'));
    trash.setAside(join(scratch, 'never-made'));
    expect(existsSync(join(scratch, 'dist'))).toBe(false);
    expect(existsSync(join(scratch, 'cache'))).toBe(false);
    expect(readdirSync(join(scratch, 'trash')).sort()).toEqual(['0-dist', '1-cache']);
    trash.empty();
    expect(readdirSync(scratch)).toEqual(['dist-sharded']);
  });

  it('sets aside two folders of one name without one replacing the other', () => {
    const scratch = folderWith({ 'a/dist/one.html': '1', 'b/dist/two.html': '2' });
    const trash = openFolderTrash(join(scratch, 'trash'));
    trash.setAside(join(scratch, 'a/dist'));
    trash.setAside(join(scratch, 'b/dist'));
    expect(readdirSync(join(scratch, 'trash')).sort()).toEqual(['0-dist', '1-dist']);
  });

  it('deletes what an interrupted run left in the trash when it is opened', () => {
    const scratch = folderWith({ 'trash/0-dist/index.html': 'left over' });
    openFolderTrash(join(scratch, 'trash'));
    expect(existsSync(join(scratch, 'trash'))).toBe(false);
  });
});
