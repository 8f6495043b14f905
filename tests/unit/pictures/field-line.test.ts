import { describe, expect, it } from 'vitest';
import { nestedFieldLine } from '../../../src/lib/pictures/field-line.ts';

const file = (...lines: string[]) => lines.join('\n');

describe('nestedFieldLine', () => {
  it.each([
    ['a block mapping', file('---', 'title: T', 'image:', '  alt: A map', '  src: map.png', '---', 'Body'), 3, 5],
    ['a block mapping with CRLF line ends', file('---\r', 'image:\r', '  src: map.png\r', '---\r'), 2, 3],
    ['a flow mapping on one line', file('---', 'image: { src: map.png, alt: A map }', '---'), 2, 2],
    ['a flow mapping over lines', file('---', 'image: {', '  alt: A map,', '  src: map.png }', '---'), 2, 4],
    ['a quoted key after a comment and a blank line', file('---', 'image:', '  # the picture', '', '  "src": map.png', '---'), 2, 5],
    ['a src that is not there', file('---', 'image:', '  alt: A map', 'src: elsewhere.png', '---'), 2, undefined],
    ['a src only in the body', file('---', 'image:', '---', '  src: body.png'), 2, undefined],
    ['"src:" inside another value', file('---', 'image:', '  alt: see src: x', '---'), 2, undefined],
    ['a line past the end', file('---', 'image:'), 9, undefined],
  ])('%s', (_name, text, parentLine, line) => {
    expect(nestedFieldLine(text, parentLine, 'src')).toBe(line);
  });
});
