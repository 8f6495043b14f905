import { describe, expect, it } from 'vitest';
import { quoteForMessage } from '../../../src/lib/text/quote-for-message.ts';

describe('quoteForMessage', () => {
  it.each([
    ['short text', 'gossip', '"gossip"'],
    ['quotes and controls, escaped', 'a"b\u0000', '"a\\"b\\u0000"'],
    ['text of exactly the limit', 'x'.repeat(60), `"${'x'.repeat(60)}"`],
    ['a megabyte', 'x'.repeat(1_000_000), `"${'x'.repeat(60)}…"`],
    ['a space before the cut', `${'ab '.repeat(20)}cd`, `"${'ab '.repeat(20).trimEnd()}…"`],
    ['flags, never split', '🇬🇧'.repeat(61), `"${'🇬🇧'.repeat(60)}…"`],
    ['accents written apart, never split', 'e\u0301'.repeat(61), `"${'e\u0301'.repeat(60)}…"`],
  ])('shows %s', (_name, text, shown) => {
    expect(quoteForMessage(text)).toBe(shown);
  });
});
