import { describe, expect, it } from 'vitest';
import { parseTextSize, TEXT_SIZE_LABELS, TEXT_SIZES } from '../../../src/lib/reading/text-size.ts';

describe('parseTextSize', () => {
  it.each([
    ['smaller', 'smaller'],
    ['default', 'default'],
    ['larger', 'larger'],
    ['largest', 'largest'],
    // Nothing stored, an edited or an old value: the reader sees the default, never a broken page.
    [null, 'default'],
    [undefined, 'default'],
    ['', 'default'],
    ['Larger', 'default'],
    ['huge', 'default'],
    ['__proto__', 'default'],
  ] as const)('reads %j as %s', (value, size) => {
    expect(parseTextSize(value)).toBe(size);
  });
});

describe('the steps', () => {
  it('run from smaller to largest, each with its own label', () => {
    expect(TEXT_SIZES).toEqual(['smaller', 'default', 'larger', 'largest']);
    expect(TEXT_SIZES.map((size) => TEXT_SIZE_LABELS[size])).toEqual(['Smaller', 'Default', 'Larger', 'Largest']);
  });
});
