import { describe, expect, it } from 'vitest';
import { searchDocument } from '../../../src/lib/search/search-document.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

describe('searchDocument', () => {
  const article = { ...makeArticle('harbour', '2023-09-12T21:00:00+01:00'), title: 'Harbour <b>reopens</b> & "more"', standfirst: 'Ships return', authors: ['Ana Diaz'], source: 'AFP' };
  const doc = searchDocument(article, '<p>Body text of the story.</p>', testSite);

  it('points at the article page', () => {
    expect(doc.url).toBe('/articles/harbour/');
  });

  it.each([
    ['the headline, weighted highest and escaped', '<h1 data-pagefind-weight="10" data-pagefind-meta="title">Harbour &lt;b&gt;reopens&lt;/b&gt; &amp; &quot;more&quot;</h1>'],
    ['the standfirst, weighted next', '<p data-pagefind-weight="7">Ships return</p>'],
    ['the byline and credit', '<p>Ana Diaz, AFP</p>'],
    ['the body as rendered', '<p>Body text of the story.</p>'],
    ['the section as a filter', `data-pagefind-filter="section:${article.section.name}"`],
    ['the publication date in the site’s zone', 'datetime="2023-09-12T21:00:00+01:00"'],
  ])('holds %s', (_what, fragment) => {
    expect(doc.html).toContain(fragment);
  });

  it('marks only the article as searchable', () => {
    expect(doc.html.match(/data-pagefind-body/g)).toHaveLength(1);
  });
});
