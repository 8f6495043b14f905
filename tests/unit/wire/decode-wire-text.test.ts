import { describe, expect, it } from 'vitest';
import { decodeWireText } from '../../../src/lib/wire/decode-wire-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeWireText', () => {
  it.each([
    ['LF', utf8('Headline\nStandfirst\n'), 'Headline\nStandfirst\n'],
    ['CRLF', utf8('Headline\r\nStandfirst\r\n'), 'Headline\nStandfirst\n'],
    ['old Mac CR', utf8('Headline\rStandfirst\r'), 'Headline\nStandfirst\n'],
    ['a byte-order mark', new Uint8Array([...BOM, ...utf8('Zürich\n')]), 'Zürich\n'],
    ['a BOM and CRLF', new Uint8Array([...BOM, ...utf8('Moscow’s\r\nwar')]), 'Moscow’s\nwar'],
  ])('reads %s', (_name, bytes, expected) => {
    expect(decodeWireText(bytes)).toEqual({ ok: true, text: expected });
  });

  it.each([
    ['Latin-1 bytes', new Uint8Array([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]), 'invalid UTF-8 bytes'],
    ['a truncated UTF-8 sequence', new Uint8Array([...utf8('Moscow'), 0xe2, 0x80]), 'invalid UTF-8 bytes'],
    ['NUL bytes', new Uint8Array([...utf8('Head'), 0, ...utf8('line')]), 'NUL bytes'],
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), 'NUL bytes'],
  ])('refuses %s as not UTF-8 text', (_name, bytes, reason) => {
    const result = decodeWireText(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(reason);
    expect(!result.ok && result.message).toMatch(/^is not UTF-8 text/);
  });
});
