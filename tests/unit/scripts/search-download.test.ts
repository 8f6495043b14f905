import { describe, expect, it } from 'vitest';
import { pagefindFileKind, summarizeDownloads } from '../../../scripts/support/search-download.ts';

describe('pagefindFileKind', () => {
  it.each([
    ['/pagefind/part-0/pagefind.js', 'script'],
    ['/pagefind/part-0/pagefind-entry.json', 'entry'],
    ['/pagefind/part-0/wasm.en.pagefind', 'wasm'],
    ['/pagefind/part-0/wasm.unknown.pagefind', 'wasm'],
    ['/pagefind/part-0/pagefind.en_4f2a.pf_meta', 'meta'],
    ['/pagefind/part-0/index/en_91c0.pf_index', 'index'],
    ['/pagefind/part-0/fragment/en_07b3.pf_fragment', 'fragment'],
    ['/pagefind/part-0/filter/en_aa01.pf_filter', 'filter'],
    ['/pagefind/part-0/pagefind-ui.css', 'other'],
  ])('%s is a %s file', (path, kind) => {
    expect(pagefindFileKind(path)).toBe(kind);
  });
});

describe('summarizeDownloads', () => {
  it('sums what came from /pagefind/, by kind, and leaves the page and its assets out', () => {
    const summary = summarizeDownloads(
      'harbour',
      [
        { path: '/search/', bytes: 9000 },
        { path: '/_astro/search.js', bytes: 3000 },
        { path: '/pagefind/part-0/pagefind.js', bytes: 30_000 },
        { path: '/pagefind/part-0/wasm.en.pagefind', bytes: 50_000 },
        { path: '/pagefind/part-0/index/en_1.pf_index', bytes: 12_000 },
        { path: '/pagefind/part-1/index/en_2.pf_index', bytes: 8000 },
        { path: '/pagefind/part-1/fragment/en_3.pf_fragment', bytes: 1000 },
      ],
      '2 stories match “harbour”.',
    );
    expect(summary).toEqual({
      word: 'harbour',
      bytes: 101_000,
      files: 5,
      byKind: { script: { files: 1, bytes: 30_000 }, wasm: { files: 1, bytes: 50_000 }, index: { files: 2, bytes: 20_000 }, fragment: { files: 1, bytes: 1000 } },
      summary: '2 stories match “harbour”.',
    });
  });

  it('is nothing when nothing was downloaded', () => {
    expect(summarizeDownloads('harbour', [])).toEqual({ word: 'harbour', bytes: 0, files: 0, byKind: {}, summary: '' });
  });
});
