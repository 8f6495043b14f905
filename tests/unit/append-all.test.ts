import { describe, expect, it } from 'vitest';
import { appendAll } from '../../src/lib/append-all.ts';

describe('appendAll', () => {
  it.each([
    ['nothing', [1], [], [1]],
    ['a few, in order', [1], [2, 3], [1, 2, 3]],
    ['a set', ['a'], new Set(['b', 'c']), ['a', 'b', 'c']],
  ])('appends %s', (_what, target: unknown[], items: Iterable<unknown>, expected) => {
    appendAll(target, items);
    expect(target).toEqual(expected);
  });

  it('appends more items than one call takes as arguments', () => {
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target: number[] = [];
    appendAll(target, items);
    expect(target).toHaveLength(500_000);
    expect(target.at(-1)).toBe(499_999);
  });
});
