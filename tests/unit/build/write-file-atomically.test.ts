import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../src/build/output/write-file-atomically.ts';

describe('writeFileAtomically', () => {
  it.each([
    ['a string', 'plan text', 'plan text'],
    ['bytes', new TextEncoder().encode('héllo'), 'héllo'],
    ['pieces, one after the other', ['{"version":8,', '"digest":"x",', '"contentKey":"k"}'], '{"version":8,"digest":"x","contentKey":"k"}'],
    ['no pieces', [], ''],
  ])('writes %s, creating the folder, and leaves nothing else beside it', (_what, data, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-atomic-'));
    const file = join(dir, 'cache', 'site-plan.json');
    writeFileAtomically(file, data);
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['site-plan.json']);
  });

  it('replaces a file whole, and leaves no half-written file when it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-atomic-'));
    const file = join(dir, 'plan.json');
    writeFileSync(file, 'old');
    writeFileAtomically(file, ['new ', 'plan']);
    expect(readFileSync(file, 'utf8')).toBe('new plan');
    // A folder where the file should go: the rename fails, the partial file is removed.
    const blocked = join(dir, 'taken');
    mkdirSync(join(blocked, 'inside'), { recursive: true });
    expect(() => writeFileAtomically(blocked, ['a', 'b'])).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['plan.json', 'taken']);
  });
});
