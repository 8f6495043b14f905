import { describe, expect, it } from 'vitest';
import { parseSavedArticle, unusedFiles, type SavedArticle } from '../../../src/client/saved-articles.ts';

const record: SavedArticle = {
  path: '/articles/quay-reopens/',
  headline: 'The quay reopens <b>after</b> the storm',
  published: { iso: '2031-03-02T09:00:00.000Z', text: '2 March 2031' },
  savedAt: '2031-03-03T18:30:00.000Z',
  files: ['/_astro/site.B1x2.css', '/images/quay.jpg'],
};

describe('a saved record read back from the browser’s storage', () => {
  it('reads a record as it was saved, its headline kept as text', () => {
    expect(parseSavedArticle(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('reads one saved without a date', () => {
    const { published: _, ...undated } = record;
    expect(parseSavedArticle(undated)).toEqual({ ...undated, published: undefined });
  });

  it.each([
    ['not an object', 'a string'],
    ['null', null],
    ['a link to another site', { ...record, path: '//elsewhere.test/x/' }],
    ['a script link', { ...record, path: 'javascript:alert(1)' }],
    ['a backslash path', { ...record, path: '/\\elsewhere.test' }],
    ['no headline', { ...record, headline: '' }],
    ['a headline that is not text', { ...record, headline: 42 }],
    ['no date saved', { ...record, savedAt: 'yesterday' }],
    ['files that are not paths', { ...record, files: ['https://elsewhere.test/x.js'] }],
  ])('leaves out %s', (_, json) => {
    expect(parseSavedArticle(json)).toBeUndefined();
  });
});

describe('removing a saved article', () => {
  const other: SavedArticle = { ...record, path: '/articles/ferry-returns/', files: ['/_astro/site.B1x2.css', '/images/ferry.jpg'] };

  it('deletes the files only it used, keeping those another saved article needs', () => {
    const kept = ['/saved/records/articles/ferry-returns/', '/articles/ferry-returns/', '/_astro/site.B1x2.css', '/images/quay.jpg', '/images/ferry.jpg'];
    expect(unusedFiles(kept, [other])).toEqual(['/images/quay.jpg']);
  });
});
