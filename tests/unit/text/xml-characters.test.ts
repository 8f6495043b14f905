import { describe, expect, it } from 'vitest';
import { findForbiddenCharacters, hasForbiddenCharacters, stripForbiddenCharacters } from '../../../src/lib/text/xml-characters.ts';

describe('stripForbiddenCharacters', () => {
  it.each([
    ['plain text', 'plain text'],
    ['tab\tline\nreturn\r', 'tab\tline\nreturn\r'],
    ['nul\0here', 'nulhere'],
    ['bell\x07 and escape\x1b', 'bell and escape'],
    ['form\x0cfeed and vertical\x0btab', 'formfeed and verticaltab'],
    ['delete\x7f and C1\x85\x9f', 'delete and C1'],
    ['lone \uD800 high and \uDC00 low', 'lone  high and  low'],
    ['astral 𠮷 and emoji 👩‍👩‍👧 stay', 'astral 𠮷 and emoji 👩‍👩‍👧 stay'],
    ['noncharacters \uFFFE\uFFFF\uFDD0 go', 'noncharacters  go'],
    ['Arabic قمة and Hindi शिखर stay', 'Arabic قمة and Hindi शिखर stay'],
  ])('%j → %j', (text, expected) => {
    expect(stripForbiddenCharacters(text)).toBe(expected);
    expect(hasForbiddenCharacters(text)).toBe(text !== expected);
  });
});

describe('findForbiddenCharacters', () => {
  it('names each character and its line', () => {
    expect(findForbiddenCharacters('one\ntwo\0\nthree\x01')).toEqual([
      { codePoint: 'U+0000', line: 2 },
      { codePoint: 'U+0001', line: 3 },
    ]);
  });
  it('finds nothing in clean text', () => {
    expect(findForbiddenCharacters('clean\ntext')).toEqual([]);
  });
});
