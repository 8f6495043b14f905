import { describe, expect, it } from 'vitest';
import { authorsJsonLd, breadcrumbJsonLd, newsArticleJsonLd } from '../../../src/lib/seo/json-ld.ts';
import { serializeJsonLd } from '../../../src/lib/seo/safe-json.ts';
import { stripForbiddenCharacters } from '../../../src/lib/text/xml-characters.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const bylined = makeArticle('harbour', '2024-03-04T08:30:00Z', ['section: world', 'authors: [Mara Quell, Tomas Edry]', 'source: AFP', 'tags: [Ostrel]', 'updated: 2024-03-05T10:00:00Z']);
const agency = makeArticle('wire', '2024-07-01T09:00:00+01:00', ['source: Coastal Wire']);
const anonymous = makeArticle('note', '2024-07-01', []);
// Two spellings of one name share a page; a name whose slug another name takes gets its own.
const respelled = makeArticle('respelled', '2024-07-02', ['authors: [mara quell, "Mara Quell★"]']);
const { slugs } = buildSiteIndex([respelled, bylined, agency, anonymous], testSite);

describe('newsArticleJsonLd', () => {
  const data = newsArticleJsonLd(bylined, testSite, slugs, 'article');

  it('describes the article as Google reads a NewsArticle', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ReportageNewsArticle',
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
    expect(newsArticleJsonLd(anonymous, testSite, slugs, 'article')).not.toHaveProperty('keywords');
  });
});

describe('authorsJsonLd', () => {
  it.each([
    [
      'each byline as a Person with their author page',
      bylined,
      [
        { '@type': 'Person', name: 'Mara Quell', url: 'https://test.example/authors/mara-quell/' },
        { '@type': 'Person', name: 'Tomas Edry', url: 'https://test.example/authors/tomas-edry/' },
      ],
    ],
    [
      'each spelling with the page it is listed on',
      respelled,
      [
        { '@type': 'Person', name: 'mara quell', url: 'https://test.example/authors/mara-quell/' },
        { '@type': 'Person', name: 'Mara Quell★', url: expect.stringMatching(/^https:\/\/test\.example\/authors\/mara-quell-[0-9a-f]{6}\/$/) },
      ],
    ],
    ['the agency as an Organization when there is no byline', agency, [{ '@type': 'Organization', name: 'Coastal Wire' }]],
    ['the site when there is neither', anonymous, [{ '@type': 'Organization', name: 'Test Dispatch', url: 'https://test.example/' }]],
  ])('credits %s', (_case, article, authors) => {
    expect(authorsJsonLd(article, testSite, slugs)).toEqual(authors);
    // Every Person names a page that the site index lists.
    for (const author of authorsJsonLd(article, testSite, slugs)) {
      const name = author['name'];
      if (author['@type'] === 'Person') expect(typeof name === 'string' && slugs.authors.has(name)).toBe(true);
    }
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

describe('serializeJsonLd with characters HTML forbids', () => {
  it.each([
    ['a NUL and a bell', 'a\u0000b\u0007c', 'abc'],
    ['a C1 control and a noncharacter', 'a\u0085b\uFFFEc', 'abc'],
    ['a lone surrogate', 'a\uD800b', 'ab'],
    ['a lone low surrogate', 'a\uDC00b', 'ab'],
    ['a backspace and a form feed (JSON writes \\b and \\f)', 'a\bb\fc', 'abc'],
    ['a vertical tab, a shift-out and a unit separator', 'a\u000Bb\u000Ec\u001Fd', 'abcd'],
    ['DEL and the last C1 control', 'a\u007Fb\u009Fc', 'abc'],
    ['the noncharacters U+FDD0, U+FFFF and U+1FFFE', 'a\uFDD0b\uFFFFc\u{1FFFE}d', 'abcd'],
  ])('drops %s from strings', (_case, text, kept) => {
    const out = serializeJsonLd({ headline: text, nested: [{ name: text }] });
    expect(JSON.parse(out)).toEqual({ headline: kept, nested: [{ name: kept }] });
    expect(out).not.toMatch(/\\u00(0[0-8bcef]|1[0-9a-f]|7f|8[0-9a-f]|9[0-9a-f])|\\[bf]|\\ud[89a-f]|\uFFFE|\uFFFF|\uFDD0/i);
  });

  it.each([
    ['tabs, line feeds and carriage returns', 'a\tb\nc\rd'],
    ['a backslash before b, f and u', 'C:\\bin\\fonts\\ud800 and \\u0001'],
    ['emoji and scripts', 'Ostrel 🌊 مرفأ 港口 बंदरगाह'],
  ])('keeps %s as they are', (_case, text) => {
    expect(JSON.parse(serializeJsonLd({ headline: text }))).toEqual({ headline: text });
  });

  it('writes what the replacer-only serialisation writes, for random strings of tricky characters', () => {
    const pool = [
      'a',
      ' ',
      '<',
      '&',
      '\\',
      'b',
      'f',
      'u',
      'd',
      '8',
      '0',
      '\b',
      '\f',
      '\t',
      '\n',
      '\u0000',
      '\u001F',
      '\u007F',
      '\u0085',
      '\uD800',
      '\uDFFF',
      '\uD83C\uDF0A',
      '\uFDD0',
      '\uFFFE',
      '\u{10FFFF}',
      '\u2028',
      'é',
    ];
    const reference = (data: unknown): string =>
      JSON.stringify(data, (_key, value: unknown) => (typeof value === 'string' ? stripForbiddenCharacters(value) : value)).replace(
        /[<>&\u2028\u2029]/g,
        (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
    let seed = 17;
    const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: next() % 12 }, () => pool[next() % pool.length]).join('');
      const data = { headline: text, list: [text, { name: text }], count: i };
      expect(serializeJsonLd(data)).toBe(reference(data));
    }
  });
});

describe('the shape of an article’s structured data', () => {
  const shapes = [bylined, agency, anonymous, respelled].map(
    (article) => [article.slug, JSON.parse(serializeJsonLd(newsArticleJsonLd(article, testSite, slugs, 'article'))) as Record<string, unknown>] as const,
  );

  it.each(shapes)('%s has what Google’s article results read, and typed, named, linked authors', (_slug, data) => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ReportageNewsArticle',
      headline: expect.any(String),
      datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      image: expect.arrayContaining([expect.stringMatching(/^https:\/\//)]),
    });
    const authors = data['author'] as Record<string, unknown>[];
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) {
      expect(['Person', 'Organization']).toContain(author['@type']);
      expect(author['name']).toEqual(expect.any(String));
      if (author['@type'] === 'Person') expect(author['url']).toMatch(/^https:\/\/test\.example\/authors\/[a-z0-9-]+\/$/);
    }
  });
});
