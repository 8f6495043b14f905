import { describe, expect, it } from 'vitest';
import { shareBodyTexts, sharedBodyText } from '../../../src/build/related/shared-body-texts.ts';

describe('shareBodyTexts: the bodies’ texts in one buffer worker threads share', () => {
  it.each<[string, (string | undefined)[], (string | undefined)[]]>([
    ['plain English', ['Kim Jong Un arrived in Russia.', 'Talks followed.'], ['Kim Jong Un arrived in Russia.', 'Talks followed.']],
    ['other scripts and emoji', ['Пхеньян', '平壤 🚀', 'مرحبا'], ['Пхеньян', '平壤 🚀', 'مرحبا']],
    ['an article without a text (its file is read) and an empty one', ['first', undefined, '', 'last'], ['first', undefined, '', 'last']],
    ['a lone surrogate, which UTF-8 cannot hold: U+FFFD, no letter either', ['a \ud800 b'], ['a \ufffd b']],
  ])('gives each article its text back: %s', (_, texts, expected) => {
    const shared = shareBodyTexts(texts);
    if (shared === undefined) throw new Error('texts were given');
    expect(shared.bytes).toBeInstanceOf(SharedArrayBuffer);
    expect(texts.map((_text, i) => sharedBodyText(shared, i))).toEqual(expected);
  });

  it('makes no buffer when no article has a text', () => {
    expect(shareBodyTexts([undefined, undefined])).toBeUndefined();
  });
});
