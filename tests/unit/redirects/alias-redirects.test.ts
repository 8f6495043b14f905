import { describe, expect, it } from 'vitest';
import { aliasParam, aliasRedirects } from '../../../src/lib/redirects/alias-redirects.ts';
import { makeArticle } from '../fixtures.ts';

describe('aliasRedirects', () => {
  it('answers every old slug of every article with its live address, sorted by the old one', () => {
    const articles = [makeArticle('harbour-reopens', '2024-03-05', ['aliases: [ostrel-harbour, harbour-reopening]']), makeArticle('storm-warning', '2024-03-01')];
    expect(aliasRedirects(articles)).toEqual([
      { from: '/articles/harbour-reopening/', to: '/articles/harbour-reopens/', title: 'Story harbour-reopens' },
      { from: '/articles/ostrel-harbour/', to: '/articles/harbour-reopens/', title: 'Story harbour-reopens' },
    ]);
  });

  it.each([
    ['/articles/old-slug/', 'old-slug'],
    ['/articles/a/', 'a'],
  ])('names the redirect page of %s by its old slug, %s, as its route does', (from, param) => {
    expect(aliasParam({ from })).toBe(param);
  });
});
