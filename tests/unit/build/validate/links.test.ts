import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../../src/build/validate/links.ts';
import { formatValidationProblem } from '../../../../src/build/validate/problem.ts';
import { ORIGIN, page, siteWith } from './site.ts';

// A small site every case adds one page to: the front page, an article with headings, a picture, a feed.
const BASE = {
  'index.html': page({ body: '<a href="/articles/one/">One</a>' }),
  'articles/one/index.html': page({ body: '<h2 id="reaction">Reaction</h2><a name="old-anchor"></a>' }),
  'images/one.png': 'png',
  'feeds/rss.xml': '<rss version="2.0"/>',
};

const problemsOf = (html: string) => checkLinks(siteWith({ ...BASE, 'articles/two/index.html': html }), ['articles/two/index.html']).problems.map((p) => formatValidationProblem(p));

describe('checkLinks', () => {
  it.each([
    { name: 'a link to a page', html: page({ body: '<a href="/articles/one/">One</a>' }) },
    { name: 'a relative link', html: page({ body: '<a href="../one/">One</a>' }) },
    { name: 'an absolute link on the site’s origin', html: page({ body: `<a href="${ORIGIN}/articles/one/">One</a>` }) },
    { name: 'a folder named without its slash', html: page({ body: '<a href="/articles/one">One</a>' }) },
    { name: 'a fragment to a heading of another page', html: page({ body: '<a href="/articles/one/#reaction">R</a>' }) },
    { name: 'a fragment to an <a name>', html: page({ body: '<a href="/articles/one/#old-anchor">R</a>' }) },
    { name: 'a fragment in the page itself', html: page({ body: '<a href="#main">Skip</a>' }) },
    { name: '#top, which every page has', html: page({ body: '<a href="#top">Top</a>' }) },
    { name: 'other origins and schemes, which are not fetched', html: page({ body: '<a href="https://elsewhere.example/x/">x</a><a href="mailto:a@b.example">m</a>' }) },
    {
      name: 'head links that resolve',
      html: page({
        head: `<link rel="canonical" href="${ORIGIN}/articles/two/"><link rel="alternate" type="application/rss+xml" href="${ORIGIN}/feeds/rss.xml"><meta property="og:image" content="${ORIGIN}/images/one.png">`,
      }),
    },
    { name: 'a srcset whose candidates exist', html: page({ body: '<img alt="" src="/images/one.png" srcset="/images/one.png 1x, /images/one.png 2x">' }) },
  ])('accepts $name', ({ html }) => {
    expect(problemsOf(html)).toEqual([]);
  });

  it.each([
    { name: 'a link to a page that does not exist', body: '<a href="/articles/gone/">Gone</a>', expected: 'a href "/articles/gone/": leads to no file of the built site' },
    {
      name: 'a broken fragment into another page',
      body: '<a href="/articles/one/#nowhere">x</a>',
      expected: 'a href "/articles/one/#nowhere": no element with id "nowhere" in articles/one/index.html',
    },
    { name: 'a broken fragment in the page itself', body: '<a href="#comments">x</a>', expected: 'a href "#comments": no element with id "comments" in articles/two/index.html' },
    { name: 'a missing picture', body: '<img alt="" src="/images/two.png">', expected: 'img src "/images/two.png": leads to no file of the built site' },
    {
      name: 'a missing srcset candidate',
      body: '<img alt="" src="/images/one.png" srcset="/images/one.png 1x, /images/one@2x.png 2x">',
      expected: 'img srcset "/images/one@2x.png": leads to no file of the built site',
    },
    { name: 'a form posting nowhere', body: '<form action="/find/"><button>Go</button></form>', expected: 'form action "/find/": leads to no file of the built site' },
  ])('reports $name, at its line', ({ body, expected }) => {
    expect(problemsOf(page({ body }))).toEqual([`articles/two/index.html:10: links: ${expected}`]);
  });

  it.each([
    {
      name: 'a canonical to a page that does not exist',
      head: `<link rel="canonical" href="${ORIGIN}/404/">`,
      expected: `link rel=canonical href "${ORIGIN}/404/": leads to no file of the built site`,
    },
    { name: 'og:url to a page that does not exist', head: `<meta property="og:url" content="${ORIGIN}/404/">`, expected: `meta og:url "${ORIGIN}/404/": leads to no file of the built site` },
    { name: 'a missing og:image', head: `<meta property="og:image" content="${ORIGIN}/images/share.png">`, expected: `meta og:image "${ORIGIN}/images/share.png": leads to no file of the built site` },
    {
      name: 'a feed link to a missing feed',
      head: `<link rel="alternate" type="application/atom+xml" href="${ORIGIN}/feeds/atom.xml">`,
      expected: `link rel=alternate href "${ORIGIN}/feeds/atom.xml": leads to no file of the built site`,
    },
    {
      name: 'a redirect to a missing page',
      head: '<meta http-equiv="refresh" content="0; url=/articles/moved/">',
      expected: 'meta http-equiv=refresh "/articles/moved/": leads to no file of the built site',
    },
  ])('reports $name in the head', ({ head, expected }) => {
    expect(problemsOf(page({ head }))).toEqual([`articles/two/index.html:6: links: ${expected}`]);
  });

  it('counts the pages it checked', () => {
    const site = siteWith(BASE);
    expect(checkLinks(site).checked).toBe(2);
  });
});
