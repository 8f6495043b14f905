import { describe, expect, it } from 'vitest';
import { forgetTerms, termOf } from '../../../src/lib/related/term-of.ts';

describe('termOf and forgetTerms', () => {
  it('decides a word the same way before and after the cache is forgotten', () => {
    const words = ['barrels', 'the', 'u.s.', '1987', 'opec', 'shipping'];
    const before = words.map(termOf);
    forgetTerms();
    expect(words.map(termOf)).toEqual(before);
    expect(before[1]).toBe('');
    expect(before[2]).toBe('u.s.');
  });
});
