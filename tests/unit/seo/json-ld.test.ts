import { describe, expect, it } from 'vitest';
import { authorsJsonLd, breadcrumbJsonLd, newsArticleJsonLd } from '../../../src/lib/seo/json-ld.ts';
import { serializeJsonLd } from '../../../src/lib/seo/safe-json.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const bylined = makeArticle('harbour', '2024-03-04T08:30:00Z', ['section: world', 'authors: [Mara Quell, Tomas Edry]', 'source: AFP', 'tags: [Ostrel]', 'updated: 2024-03-05T10:00:00Z']);
const agency = makeArticle('wire', '2024-07-01T09:00:00+01:00', ['source: Coastal Wire']);
const anonymous = makeArticle('note', '2024-07-01', []);

describe('newsArticleJsonLd', () => {
  const data = newsArticleJsonLd(bylined, testSite);

  it('describes the article as Google reads a NewsArticle', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Story harbour',
      datePublished: '2024-03-04T08:30:00Z',
      dateModified: '2024-03-05T10:00:00Z',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://test.example/articles/harbour/' },
      articleSection: 'World',
      keywords: ['Ostrel'],
      isAccessibleForFree: true,
      image: ['https://test.example/articles/harbour/share.png'],
      publisher: { '@type': 'Organization', name: 'Test Dispatch', logo: { '@type': 'ImageObject', url: 'https://test.example/images/logo.png', width: 512, height: 512 } },
    });
  });

  it('leaves keywords out when there are no tags', () => {
    expect(newsArticleJsonLd(anonymous, testSite)).not.toHaveProperty('keywords');
  });
});

describe('authorsJsonLd', () => {
  it.each([
    ['each byline as a Person', bylined, [{ '@type': 'Person', name: 'Mara Quell' }, { '@type': 'Person', name: 'Tomas Edry' }]],
    ['the agency as an Organization when there is no byline', agency, [{ '@type': 'Organization', name: 'Coastal Wire' }]],
    ['the site when there is neither', anonymous, [{ '@type': 'Organization', name: 'Test Dispatch', url: 'https://test.example/' }]],
  ])('credits %s', (_case, article, authors) => {
    expect(authorsJsonLd(article, testSite)).toEqual(authors);
  });
});

describe('breadcrumbJsonLd', () => {
  it('is Home › Section › Article with absolute URLs', () => {
    expect(breadcrumbJsonLd(bylined, testSite)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://test.example/' },
        { '@type': 'ListItem', position: 2, name: 'World', item: 'https://test.example/world/' },
        { '@type': 'ListItem', position: 3, name: 'Story harbour', item: 'https://test.example/articles/harbour/' },
      ],
    });
  });
});

describe('serializeJsonLd', () => {
  it.each([
    ['</script><script>alert(1)</script>', '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"'],
    ['<!-- a & b -->', '"\\u003c!-- a \\u0026 b --\\u003e"'],
    ['line\u2028para\u2029end', '"line\\u2028para\\u2029end"'],
    ['“quotes” and "quotes"', '"“quotes” and \\"quotes\\""'],
  ])('writes %j so that it cannot end the script', (text, json) => {
    const out = serializeJsonLd(text);
    expect(out).toBe(json);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toBe(text);
  });
});
