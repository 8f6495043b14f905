import { describe, expect, it } from 'vitest';
import { pageHeadTags } from '../../../src/lib/seo/head-tags.ts';
import { openGraphLocale } from '../../../src/lib/seo/open-graph.ts';
import { metaContent } from '../../support/head-tags.ts';
import { testSite } from '../content/site.ts';

describe('pageHeadTags', () => {
  const tags = pageHeadTags({ title: 'World', description: 'The latest World stories.', path: '/world/' }, testSite);

  it.each([
    ['og:type', 'website'],
    ['og:site_name', 'Test Dispatch'],
    ['og:locale', 'en_GB'],
    ['og:title', 'World'],
    ['og:description', 'The latest World stories.'],
    ['og:url', 'https://test.example/world/'],
    ['og:image', 'https://test.example/images/share-default.png'],
    ['og:image:width', '1200'],
    ['og:image:height', '630'],
    ['og:image:alt', 'Test Dispatch: Tests'],
    ['twitter:card', 'summary_large_image'],
    ['referrer', 'strict-origin-when-cross-origin'],
    ['description', 'The latest World stories.'],
  ])('gives every page %s = %s', (key, content) => {
    expect(metaContent(tags, key)).toEqual([content]);
  });

  it('keeps the title and an absolute canonical URL with its trailing slash', () => {
    expect(tags).toContainEqual({ tag: 'title', content: 'World | Test Dispatch' });
    expect(tags).toContainEqual({ tag: 'link', attributes: { rel: 'canonical', href: 'https://test.example/world/' } });
  });
});

describe('openGraphLocale', () => {
  it.each([
    ['en-GB', 'en_GB'],
    ['fr-FR', 'fr_FR'],
    ['en', 'en'],
  ])('writes %s as %s', (locale, og) => {
    expect(openGraphLocale(locale)).toBe(og);
  });
});
