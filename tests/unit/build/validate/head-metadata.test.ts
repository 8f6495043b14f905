import { describe, expect, it } from 'vitest';
import { checkPageHead, contentAfterBody } from '../../../../src/build/validate/head-metadata.ts';
import { checkJsonLd } from '../../../../src/build/validate/json-ld.ts';
import { formatValidationProblem } from '../../../../src/build/validate/problem.ts';
import { ORIGIN, page } from './site.ts';

const IMAGE = `<meta property="og:image" content="${ORIGIN}/share.png">`;
const problemsOf = (html: string) => checkPageHead('a/index.html', html).map((p) => formatValidationProblem(p));
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const ARTICLE = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'A headline',
  datePublished: '2024-06-03T09:15:00+01:00',
  author: [{ '@type': 'Person', name: 'Hanna Roe', url: `${ORIGIN}/authors/hanna-roe/` }],
};

describe('contentAfterBody', () => {
  it.each([
    { name: 'a page that ends with </body></html>', html: '<html><body><p>x</p></body>\n</html>\n', after: undefined },
    { name: 'comments and white space after </html>', html: '<html><body></body></html>\n<!-- built -->\n', after: undefined },
    { name: 'a page without </body> or </html>', html: '<!DOCTYPE html><title>x</title><p>x', after: undefined },
    { name: 'a script after </html>', html: '<html><body></body></html><script src="/a.js"></script>', after: '<script src="/a.js"></script>' },
    { name: 'a script between </body> and </html>', html: '<html><body></body>\n<script src="/a.js"></script></html>', after: '<script src="/a.js"></script></html>' },
    { name: 'text after </html>', html: '<html><body></body></html>oops', after: 'oops' },
    { name: 'an element after a second </body>', html: '<html><body></body></html></body><div></div>', after: '<div></div>' },
  ])('$name', ({ html, after }) => {
    expect(contentAfterBody(html)?.text).toBe(after);
  });
});

describe('checkPageHead', () => {
  it.each([
    { name: 'a page with no metadata', html: page() },
    { name: 'one absolute canonical', html: page({ head: `<link rel="canonical" href="${ORIGIN}/a/">` }) },
    { name: 'an image described for Open Graph and X alike', html: page({ head: `${IMAGE}<meta property="og:image:alt" content="A map"><meta name="twitter:image:alt" content="A map">` }) },
    { name: 'an image with no description at all', html: page({ head: IMAGE }) },
    { name: 'complete JSON-LD', html: page({ head: jsonLd(ARTICLE) }) },
    { name: 'JSON-LD with a @graph', html: page({ head: jsonLd({ '@context': 'https://schema.org', '@graph': [ARTICLE, { '@type': 'WebSite', name: 'News' }] }) }) },
  ])('accepts $name', ({ html }) => {
    expect(problemsOf(html)).toEqual([]);
  });

  it.each([
    {
      name: 'a script after </html>',
      html: `${page()}<script type="module" src="/search.js"></script>\n`,
      expected: ['a/index.html:14: head: content after </body></html>, which parsers move into the body with an error: "<script type=\\"module\\" src=\\"/search.js\\"></script>\\n"'],
    },
    {
      name: 'two canonicals',
      html: page({ head: `<link rel="canonical" href="${ORIGIN}/a/">\n<link rel="canonical" href="${ORIGIN}/b/">` }),
      expected: ['a/index.html:7: head: 2 canonical links: search engines ignore them all when a page names more than one'],
    },
    { name: 'a relative canonical', html: page({ head: '<link rel="canonical" href="/a/">' }), expected: ['a/index.html:6: head: canonical "/a/" is not an absolute URL'] },
    {
      name: 'a relative og:image',
      html: page({ head: '<meta property="og:image" content="/share.png">' }),
      expected: ['a/index.html:6: head: <meta> "og:image" "/share.png" is not an absolute URL, which crawlers need'],
    },
    {
      name: 'two og:title',
      html: page({ head: '<meta property="og:title" content="A">\n<meta property="og:title" content="B">' }),
      expected: ['a/index.html:6: head: 2 <meta> "og:title": a page states it once'],
    },
    {
      name: 'og:image:alt without twitter:image:alt',
      html: page({ head: `${IMAGE}<meta property="og:image:alt" content="A map">` }),
      expected: ['a/index.html:6: head: has og:image:alt but no twitter:image:alt: X shows the image with no description'],
    },
    {
      name: 'twitter:image:alt without og:image:alt',
      html: page({ head: `${IMAGE}<meta name="twitter:image:alt" content="A map">` }),
      expected: ['a/index.html:6: head: has twitter:image:alt but no og:image:alt: Facebook and Mastodon show the image with no description'],
    },
    {
      name: 'an empty image description',
      html: page({ head: `${IMAGE}<meta property="og:image:alt" content=" "><meta name="twitter:image:alt" content=" ">` }),
      expected: ['a/index.html:6: head: <meta> "og:image:alt" is empty', 'a/index.html:6: head: <meta> "twitter:image:alt" is empty'],
    },
    {
      name: 'descriptions that differ',
      html: page({ head: `${IMAGE}<meta property="og:image:alt" content="A map"><meta name="twitter:image:alt" content="A chart">` }),
      expected: ['a/index.html:6: head: warning: og:image:alt and twitter:image:alt describe the image differently'],
    },
    {
      name: 'JSON-LD that is not JSON',
      html: page({ head: '<script type="application/ld+json">{"@context": "https://schema.org",}</script>' }),
      expected: [expect.stringMatching(/^a\/index\.html:6: head: JSON-LD block 1: is not JSON: /)],
    },
    {
      name: 'a JSON-LD author without url',
      html: page({ head: `\n${jsonLd({ ...ARTICLE, author: [{ '@type': 'Person', name: 'Hanna Roe' }] })}` }),
      expected: ['a/index.html:7: head: JSON-LD block 1: NewsArticle: author "Hanna Roe" has no "url" (a page about them, which Google\'s article results ask for)'],
    },
  ])('reports $name', ({ html, expected }) => {
    expect(problemsOf(html)).toEqual(expected);
  });
});

describe('checkJsonLd', () => {
  it.each([
    { name: 'no @context', data: { '@type': 'WebSite', name: 'News' }, messages: ['has no "@context": search engines cannot tell it is schema.org'] },
    { name: 'a @context that is not schema.org', data: { '@context': 'https://example.org', '@type': 'WebSite' }, messages: ['"@context" "https://example.org" is not schema.org'] },
    { name: 'no @type', data: { '@context': 'https://schema.org', name: 'News' }, messages: ['has a node with no "@type"'] },
    { name: 'a list that is not of objects', data: [1, 2], messages: ['is not a JSON-LD object (or a list of objects)'] },
    {
      name: 'an article without headline, date or author',
      data: { '@context': 'https://schema.org', '@type': 'NewsArticle' },
      messages: ['NewsArticle has no "headline"', 'NewsArticle "datePublished" undefined is not an ISO 8601 date', 'NewsArticle has no "author"'],
    },
    { name: 'an author given as a bare name', data: { ...ARTICLE, author: 'Hanna Roe' }, messages: ['NewsArticle "author" "Hanna Roe" is not an object with "@type", "name" and "url"'] },
    {
      name: 'an author with no type or url',
      data: { ...ARTICLE, author: { name: 'AFP' } },
      messages: ['NewsArticle: author "AFP" has no "@type" (Person or Organization)', 'NewsArticle: author "AFP" has no "url" (a page about them, which Google\'s article results ask for)'],
    },
    {
      name: 'an author without url in a nested node',
      data: { '@context': 'https://schema.org', '@type': 'WebPage', mainEntity: { '@type': 'Review', author: { '@type': 'Person', name: 'R' } } },
      messages: ['Review: author "R" has no "url" (a page about them, which Google\'s article results ask for)'],
    },
  ])('reports $name', ({ data, messages }) => {
    expect(checkJsonLd(JSON.stringify(data)).map((p) => p.message)).toEqual(messages);
  });

  it.each([
    { name: 'a byline (Person) without url is an error: the site has author pages', author: { '@type': 'Person', name: 'Hanna Roe' }, severity: 'error' },
    { name: 'an agency (Organization) without url is a warning: it may have no page to link to', author: { '@type': 'Organization', name: 'AFP' }, severity: 'warning' },
  ])('$name', ({ author, severity }) => {
    expect(checkJsonLd(JSON.stringify({ ...ARTICLE, author })).map((p) => p.severity)).toEqual([severity]);
  });
});
