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
    ['twitter:image:alt', 'Test Dispatch: Tests'],
    ['referrer', 'strict-origin-when-cross-origin'],
    ['description', 'The latest World stories.'],
  ])('gives every page %s = %s', (key, content) => {
    expect(metaContent(tags, key)).toEqual([content]);
  });

  it('keeps the title and an absolute canonical URL with its trailing slash', () => {
    expect(tags).toContainEqual({ tag: 'title', content: 'World | Test Dispatch' });
    expect(tags).toContainEqual({ tag: 'link', attributes: { rel: 'canonical', href: 'https://test.example/world/' } });
    expect(metaContent(tags, 'robots')).toEqual([]);
  });

  it('describes a picture of the page’s own to X as well as to Open Graph', () => {
    const own = pageHeadTags({ title: 'Map', description: 'A map.', path: '/map/', image: { url: 'https://test.example/map.png', alt: 'A hand-drawn map' } }, testSite);
    expect([metaContent(own, 'og:image:alt'), metaContent(own, 'twitter:image:alt')]).toEqual([['A hand-drawn map'], ['A hand-drawn map']]);
  });

  describe('of a page with no address of its own (404)', () => {
    const notFound = pageHeadTags({ title: 'Page not found', description: 'There is no page at this address.' }, testSite);

    it('names no canonical URL and no og:url, and asks robots not to index it', () => {
      expect(notFound.filter((t) => t.tag === 'link')).toEqual([]);
      expect(metaContent(notFound, 'og:url')).toEqual([]);
      expect(metaContent(notFound, 'robots')).toEqual(['noindex']);
    });

    it('points nowhere on the site but at the default picture', () => {
      const urls = notFound.flatMap((t) => (t.tag === 'meta' || t.tag === 'link' ? Object.values(t.attributes) : [])).filter((v) => v.startsWith('https://'));
      expect(urls).toEqual(['https://test.example/images/share-default.png']);
    });
  });

  describe('a headline in the title', () => {
    const RLO = '\u202E';
    const PDF = '\u202C';
    const FSI = '\u2068';
    const PDI = '\u2069';

    it.each([
      ['a left-to-right headline, as it is', 'Harbour reopens', 'Harbour reopens | Test Dispatch', 'Harbour reopens'],
      ['a right-to-left headline, isolated from the site’s name', 'قمة الخليج', `${FSI}قمة الخليج${PDI} | Test Dispatch`, `${FSI}قمة الخليج${PDI}`],
      ['an open override, closed inside its isolate', `Minister ${RLO}resigns`, `${FSI}Minister ${RLO}resigns${PDF}${PDI} | Test Dispatch`, `${FSI}Minister ${RLO}resigns${PDF}${PDI}`],
    ])('writes %s', (_case, headline, title, ogTitle) => {
      const tags = pageHeadTags({ title: headline, description: 'x', path: '/a/' }, testSite);
      expect(tags).toContainEqual({ tag: 'title', content: title });
      expect(metaContent(tags, 'og:title')).toEqual([ogTitle]);
    });
  });
});

describe('openGraphLocale', () => {
  it.each([
    ['en-GB', 'en_GB'],
    ['fr-FR', 'fr_FR'],
    ['en', 'en_US'],
    ['ar', 'ar_EG'],
    ['hi', 'hi_IN'],
    ['zh-Hant', 'zh_TW'],
    ['pt-BR', 'pt_BR'],
    ['es-419', 'es_419'],
    ['sr-Latn-RS', 'sr_RS'],
    ['fil-PH', 'fil_PH'],
  ])('writes %s as %s (a language alone with its likeliest territory, as Open Graph asks for one)', (locale, og) => {
    expect(openGraphLocale(locale)).toBe(og);
  });
});
