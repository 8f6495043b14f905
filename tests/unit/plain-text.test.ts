import { describe, expect, it } from 'vitest';
import { countWords, firstParagraph, markdownBlocks, markdownToPlainText, truncateAtWord } from '../../src/lib/plain-text.ts';

describe('markdownToPlainText', () => {
  it.each([
    ['emphasis and links', 'A **bold** and *soft* [link](https://x.example) here.', 'A bold and soft link here.'],
    ['escapes as sent', 'Price 5\\*3 \\<b\\> \\#1', 'Price 5*3 <b> #1'],
    ['headings', '## The inquiry\n\nText.', 'The inquiry\n\nText.'],
    ['raw HTML tags and scripts', 'Hi <script>alert(1)</script><sup>2</sup>', 'Hi 2'],
    ['code fences vanish', 'Before\n\n```\ncode\n```\n\nAfter', 'Before\n\nAfter'],
    ['curly quotes stay', '“Quoted,” she said.', '“Quoted,” she said.'],
    ['a fence indented in a list item, or longer than three', '- Item:\n\n  ```\n  code\n  ```\n\n````md\n```\nstill code\n````\n\nAfter', 'Item:\n\nAfter'],
    ['a fence never closed runs to the end', 'Before\n\n```\ncode\n\nmore code', 'Before'],
    ['block quotes and lists nested', '> > Quoted twice\n\n- - Listed twice\n\n> ## A quoted heading', 'Quoted twice\n\nListed twice\n\nA quoted heading'],
    ['a table with short delimiters', '| Year | Votes |\n| :- | -: |\n| 2023 | 1,204 |', 'Year Votes 2023 1,204'],
    ['thematic breaks and setext underlines', 'Title\n=====\n\nOne\n\n* * *\n\nTwo', 'Title\n\nOne\n\nTwo'],
    ['a linked picture by reference', '[![Map of the port][map]][big] and [the report][r]', 'Map of the port and the report'],
    ['emphasis of either kind, interleaved', '_a **b** c_ and *d __e__ f* ~~gone~~', 'a b c and d e f gone'],
    ['snake_case and arithmetic stay', 'snake_case_name and 5 * 3 = 15', 'snake_case_name and 5 * 3 = 15'],
    ['comments and entities', 'A <!-- hidden --> B &amp; C &lt;D&gt;', 'A B & C <D>'],
  ])('%s', (_name, markdown, text) => {
    expect(markdownToPlainText(markdown)).toBe(text);
  });
});

// Each half a megabyte: every step must be linear (the old regular expressions took minutes
// on some of these). The runner's timeout is the guard; the output must still be right.
const HALF_MB = 500_000;
const times = (unit: string) => Math.ceil(HALF_MB / unit.length);
const repeat = (unit: string) => unit.repeat(times(unit));

describe('markdownToPlainText on half a megabyte of one construct', () => {
  it.each([
    ['**x ', repeat('**x '), repeat('**x ').trim()],
    ['__x ', repeat('__x '), repeat('__x ').trim()],
    ['~~x ', repeat('~~x '), repeat('~~x ').trim()],
    ['*x ', repeat('*x '), repeat('*x ').trim()],
    ['_x ', repeat('_x '), repeat('_x ').trim()],
    ['[', repeat('['), repeat('[')],
    ['![', repeat('!['), repeat('![')],
    ['[a](', repeat('[a]('), repeat('[a](')],
    ['[a][', repeat('[a]['), repeat('[a][')],
    ['[^', repeat('[^'), repeat('[^')],
    ['<a ', repeat('<a '), repeat('<a ').trim()],
    ['<!--', repeat('<!--'), repeat('<!--')],
    ['<script>', repeat('<script>'), ''],
    ['` (a fence never closed)', repeat('`'), ''],
    ['a` b`', repeat('a` b`'), 'a b'.repeat(times('a` b`'))],
    ['\\ (escaped backslashes)', repeat('\\'), '\\'.repeat(HALF_MB / 2)],
    ['[x](u) ', repeat('[x](u) '), 'x '.repeat(times('[x](u) ')).trim()],
    ['<p>x</p>', repeat('<p>x</p>'), 'x '.repeat(times('<p>x</p>')).trim()],
    ['nested emphasis, closed', repeat('**a *b* c** '), 'a b c '.repeat(times('**a *b* c** ')).trim()],
    ['blank lines of non-breaking spaces', repeat('\u00a0\n'), ''],
    ['spaces then a word', `${' '.repeat(HALF_MB)}x`, 'x'],
    ['a table row of spaces', `|---|${' '.repeat(HALF_MB)}x`, '--- x'],
    ['``` lines', repeat('```\n'), ''],
    ['[ on every line', `${repeat('[\n')}]`, repeat('[ ').trim() + ' ]'],
    ['> (a quote nested deep)', `${repeat('> ')}x`, 'x'],
    ['- (a list nested deep)', `${repeat('- ')}x`, 'x'],
  ])('%s', (_name, markdown, text) => {
    expect(markdownToPlainText(markdown)).toBe(text);
  });

  it.each([
    ['<' + 'a'.repeat(HALF_MB), undefined],
    ['**x '.repeat(HALF_MB / 4), repeat('**x ').trim()],
  ])('finds the first paragraph of one', (markdown, expected) => {
    expect(firstParagraph(markdown)).toBe(expected);
  });

  it('keeps every block of a long body with many blocks', () => {
    expect(markdownBlocks(repeat('Para *x*.\n\n'))).toHaveLength(Math.ceil(HALF_MB / 'Para *x*.\n\n'.length));
  });
});

describe('firstParagraph', () => {
  it.each([
    ['skips a heading', '## Heading\n\nFirst words.\n\nSecond.', 'First words.'],
    ['skips an image', '![alt](a.jpg)\n\nThe text.', 'The text.'],
    ['none in an empty body', '', undefined],
    ['skips a block of markup', '<figure><img src="a.jpg"></figure>\n\nThe text.', 'The text.'],
    ['keeps a paragraph that starts with a tag', '<b>Bold</b> start.', 'Bold start.'],
  ])('%s', (_name, markdown, expected) => {
    expect(firstParagraph(markdown)).toBe(expected);
  });
});

describe('countWords', () => {
  it('counts words in any script', () => {
    expect(countWords('Kim’s train crossed the border')).toBe(5);
    expect(countWords('Привет мир')).toBe(2);
  });
});

const graphemeCount = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;

describe('truncateAtWord', () => {
  it.each([
    ['cuts at a word and marks the cut', 'one two three four five', 14, 'one two three…'],
    ['leaves short text alone', 'short', 14, 'short'],
    ['leaves text of exactly max characters alone', 'abcde', 5, 'abcde'],
    ['drops a word it would split', 'one two three four five', 12, 'one two…'],
    ['drops separators before the ellipsis', 'one, two; three: four', 11, 'one, two…'],
    ['cuts a word with no space near where it overflows', 'Donaudampfschifffahrtsgesellschaftskapitän', 10, 'Donaudamp…'],
    // Each of these is one character to a reader, and several UTF-16 units.
    ['keeps a flag whole', `${'a'.repeat(8)}🇯🇵🇯🇵🇯🇵`, 10, `${'a'.repeat(8)}🇯🇵…`],
    ['keeps a family emoji whole', `${'a'.repeat(8)}👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧`, 10, `${'a'.repeat(8)}👨‍👩‍👧…`],
    ['keeps an emoji with its skin tone whole', `${'a'.repeat(8)}👍🏽👍🏽👍🏽`, 10, `${'a'.repeat(8)}👍🏽…`],
    ['keeps a letter with its combining accent whole', `${'a'.repeat(8)}e\u0301e\u0301e\u0301`, 10, `${'a'.repeat(8)}e\u0301…`],
    ['keeps a Devanagari conjunct whole', 'क्षक्षक्षक्षक्षक्षक्षक्षक्षक्ष', 4, 'क्षक्षक्ष…'],
    ['keeps a character outside the BMP whole', `${'あ'.repeat(8)}𠮷𠮷𠮷`, 10, `${'あ'.repeat(8)}𠮷…`],
  ])('%s', (_name, text, max, expected) => {
    expect(truncateAtWord(text, max)).toBe(expected);
    expect(graphemeCount(truncateAtWord(text, max))).toBeLessThanOrEqual(max);
  });

  it.each([
    // 東京都 / の / 天気 / は / 晴れ / です: the cut falls inside 天気, which is kept out whole.
    ['Japanese', '東京都の天気は晴れです', 6, 'ja', '東京都の…'],
    // สวัสดี / ครับ: the cut falls inside ครับ.
    ['Thai', 'สวัสดีครับผม', 7, 'th', 'สวัสดี…'],
  ])('cuts %s between words, where it writes no spaces', (_name, text, max, locale, expected) => {
    expect(truncateAtWord(text, max, locale)).toBe(expected);
  });

  it('never leaves half of a surrogate pair, wherever the cut falls', () => {
    const text = '😀𠮷'.repeat(150);
    for (let max = 1; max < 40; max++) {
      const cut = truncateAtWord(text, max);
      expect(cut.isWellFormed()).toBe(true);
      expect(encodeURIComponent(cut)).not.toBe('');
    }
  });

  it('makes well-formed text of text that was not', () => {
    expect(truncateAtWord('a\ud800b', 10)).toBe('a\ufffdb');
    expect(truncateAtWord(`${'x'.repeat(20)}\udc00`, 30).isWellFormed()).toBe(true);
  });
});
