import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { FNV1A_BASIS, fnv1aCodeUnits, fnv1aCodeUnitsHex, fnv1aStep, fnv1aUtf8, sha256 } from '../../src/lib/hash.ts';
import { shortHash } from '../../src/lib/paragraph-ids.ts';
import { searchShardOf } from '../../src/lib/search/search-shards.ts';

// The seed src/lib/related/latent.ts gives each term's row of the random start.
const LATENT_BASIS = 0x811c9dc5 ^ 20230912;

// Values taken from the hand-written copies these functions replaced (paragraph ids, search
// shards, topic slugs, the related-links tables and the latent space's seeds), so every id,
// slug and list made from them stays as published. Columns: text, FNV-1a over UTF-8 bytes,
// over code units (signed), the same as hex, over code units from the latent seed (unsigned),
// the paragraph id's hash, the search part of 7.
const TABLE: readonly (readonly [string, number, number, string, number, string, number])[] = [
  ['', 2166136261, -2128831035, '811c9dc5', 2150117061, 'ztntfp', 2],
  ['a', 3826002220, -468965076, 'e40c292c', 1665231916, 'r9wi7g', 5],
  ['foobar', 3214735720, -1080231576, 'bf9cf968', 532939368, 'h5yxyg', 0],
  ['hello world', 3582672807, -712294489, 'd58b3fa7', 3318094503, 'n91413', 0],
  ['reuters-1', 4071873481, -223093815, 'f2b3dbc9', 2137947849, 'vcadop', 4],
  ['reuters-2', 4021540624, -273426672, 'efb3d710', 2087614992, 'uibkls', 3],
  ['Z\u00fcrich', 3607133984, -595520195, 'dc81153d', 1017650749, 'nnlee8', 0],
  ['z\u00fcrich', 2932497984, 141621789, '0870fa1d', 1754792733, 'chxlxc', 1],
  ['\u5317\u4eac', 915681665, 494045518, '1d72894e', 2830100558, 'f568ht', 1],
  ['\u6771\u4eac 2020', 3689438205, -1430174176, 'aac14620', 1578868512, 'p0lgql', 0],
  ['na\u00efve caf\u00e9', 1954863637, 1987337365, '76745c95', 4388245, 'wbvifp', 6],
  ['\u041c\u043e\u0441\u043a\u0432\u0430', 4273238449, 1308685586, '4e00f512', 271392274, 'yo6bw1', 5],
  ['\u0645\u0631\u062d\u0628\u0627', 2831450846, -1107162125, 'be020bf3', 3490868979, 'atrtge', 5],
  ['\u0928\u092e\u0938\u094d\u0924\u0947', 538106393, -1536062915, 'a4718a3d', 2280214333, '8wdhjt', 2],
  ['\u{1f984}\u{1f308}', 2868248295, 582881315, '22be1023', 1846242595, 'bfoijr', 2],
  ['\u{1d518}\u{1d52b}\u{1d526}\u{1d520}\u{1d52c}\u{1d521}\u{1d522}', 4239348812, -962075230, 'c6a7e5a2', 2052092066, 'y3zyh8', 0],
  ['a\u0000b', 284404690, 284404690, '10f3abd2', 632956626, '4pbs2a', 3],
  ['lone \ud800 surrogate', 2740631326, -287675113, 'eeda6d17', 1207344663, '9bp8ny', 6],
  ['e\u0301', 4204513055, -1810279117, '94195533', 3572823091, 'xj9b1b', 1],
  ['c-sharp\u0000#', 2202170266, -2092797030, '8342739a', 268244634, '0f45ga', 2],
  [
    'the harbour master of the fictional port of ostrel switched the lights back on at dusk on sunday, watched by a small crowd on the quay.',
    656697121,
    656697121,
    '27246721',
    1088262689,
    'auzaqp',
    3,
  ],
];

describe('FNV-1a', () => {
  it.each(TABLE)('%j', (text, utf8, codeUnits, hex, latent, paragraph, shard) => {
    expect(fnv1aUtf8(text)).toBe(utf8);
    expect(fnv1aCodeUnits(text)).toBe(codeUnits);
    expect(fnv1aCodeUnitsHex(text)).toBe(hex);
    expect(fnv1aCodeUnits(text, LATENT_BASIS) >>> 0).toBe(latent);
    expect(shortHash(text)).toBe(paragraph);
    expect(searchShardOf(text, 7)).toBe(shard);
  });

  it('steps to the whole-string value, one code unit at a time', () => {
    for (const [text] of TABLE) {
      let hash = FNV1A_BASIS;
      for (let i = 0; i < text.length; i++) hash = fnv1aStep(hash, text.charCodeAt(i));
      expect(hash).toBe(fnv1aCodeUnits(text));
    }
  });

  it('agrees between bytes and code units on ASCII text only', () => {
    expect(fnv1aUtf8('hello world')).toBe(fnv1aCodeUnits('hello world') >>> 0);
    expect(fnv1aUtf8('Zürich')).not.toBe(fnv1aCodeUnits('Zürich') >>> 0);
  });
});

describe('sha256', () => {
  const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

  it('digests a string as UTF-8, in the encoding asked for', () => {
    expect(sha256('abc', 'hex')).toBe(ABC);
    expect(sha256('abc', 'base64')).toBe(Buffer.from(ABC, 'hex').toString('base64'));
    expect(sha256('abc', 'base64url')).toBe(Buffer.from(ABC, 'hex').toString('base64url'));
    expect(sha256('é', 'hex')).toBe(sha256(new Uint8Array([0xc3, 0xa9]), 'hex'));
  });

  it('digests parts as if joined', () => {
    expect(sha256(['a', new Uint8Array([0x62]), 'c'], 'hex')).toBe(ABC);
    expect(sha256([], 'hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each([
    ['a surrogate pair across the first megabyte', 'a'.repeat((1 << 20) - 1) + '😀' + 'b'.repeat(10)],
    ['a surrogate pair right after it', 'a'.repeat(1 << 20) + '😀'],
    ['three megabytes of accented text', 'é'.repeat(3 << 20)],
    ['a lone surrogate', 'a'.repeat(1 << 20) + '\ud800' + 'c'],
  ])('digests a long string (%s) as the UTF-8 of the whole', (_what, text) => {
    expect(sha256(text, 'hex')).toBe(createHash('sha256').update(text).digest('hex'));
    expect(sha256(['x', text], 'hex')).toBe(createHash('sha256').update(`x${text}`).digest('hex'));
  });
});
