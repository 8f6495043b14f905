import { describe, expect, it } from 'vitest';
import { countWords, firstParagraph, markdownToPlainText, truncateAtWord } from '../../src/lib/plain-text.ts';

describe('markdownToPlainText', () => {
  it.each([
    ['emphasis and links', 'A **bold** and *soft* [link](https://x.example) here.', 'A bold and soft link here.'],
    ['escapes as sent', 'Price 5\\*3 \\<b\\> \\#1', 'Price 5*3 <b> #1'],
    ['headings', '## The inquiry\n\nText.', 'The inquiry\n\nText.'],
    ['raw HTML tags and scripts', 'Hi <script>alert(1)</script><sup>2</sup>', 'Hi 2'],
    ['code fences vanish', 'Before\n\n```\ncode\n```\n\nAfter', 'Before\n\nAfter'],
    ['curly quotes stay', '“Quoted,” she said.', '“Quoted,” she said.'],
  ])('%s', (_name, markdown, text) => {
    expect(markdownToPlainText(markdown)).toBe(text);
  });
});

describe('firstParagraph', () => {
  it.each([
    ['skips a heading', '## Heading\n\nFirst words.\n\nSecond.', 'First words.'],
    ['skips an image', '![alt](a.jpg)\n\nThe text.', 'The text.'],
    ['none in an empty body', '', undefined],
  ])('%s', (_name, markdown, expected) => {
    expect(firstParagraph(markdown)).toBe(expected);
  });
});

describe('countWords and truncateAtWord', () => {
  it('counts words in any script', () => {
    expect(countWords('Kim’s train crossed the border')).toBe(5);
    expect(countWords('Привет мир')).toBe(2);
  });
  it('cuts at a word and marks the cut', () => {
    expect(truncateAtWord('one two three four five', 14)).toBe('one two three…');
    expect(truncateAtWord('short', 14)).toBe('short');
  });
});
