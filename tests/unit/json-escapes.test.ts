import { describe, expect, it } from 'vitest';
import { escapeJsonCharacters, PAST_ASCII } from '../../src/lib/json-escapes.ts';

describe('escapeJsonCharacters', () => {
  it.each([
    ['markup characters', { text: '</script><!--' }, /[<>]/g, '{"text":"\\u003c/script\\u003e\\u003c!--"}'],
    ['characters past ASCII, a surrogate pair as two escapes', { text: 'café 😀' }, PAST_ASCII, '{"text":"caf\\u00e9 \\ud83d\\ude00"}'],
    ['nothing when nothing matches', { text: 'plain' }, /[<>]/g, '{"text":"plain"}'],
  ])('writes %s as \\u escapes that parse back the same', (_what, data, characters, expected) => {
    const json = escapeJsonCharacters(JSON.stringify(data), characters);
    expect(json).toBe(expected);
    expect(JSON.parse(json)).toEqual(data);
  });
});
