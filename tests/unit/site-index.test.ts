import { describe, expect, it } from 'vitest';
import { buildFrontPage } from '../../src/lib/front-page.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { testSite } from './content/site.ts';
import { makeArticle } from './fixtures.ts';

const articles = [
  makeArticle('w3', '2024-01-06', ['section: world']),
  makeArticle('n2', '2024-01-05'),
  makeArticle('w2', '2024-01-04', ['section: world', 'authors: [Jane Doe]']),
  makeArticle('n1', '2024-01-03', ['tags: [Harbour]']),
  makeArticle('w1', '2024-01-02', ['section: world', 'authors: [Jane Doe]']),
];
const index = buildSiteIndex(articles, testSite);

describe('buildSiteIndex', () => {
  it('lists each section newest first', () => {
    expect(index.sections.map((s) => [s.section.slug, s.articles.map((a) => a.slug)])).toEqual([
      ['news', ['n2', 'n1']],
      ['world', ['w3', 'w2', 'w1']],
    ]);
  });

  it.each([
    ['w3', undefined, 'w2'],
    ['w2', 'w3', 'w1'],
    ['w1', 'w2', undefined],
    ['n1', 'n2', undefined],
  ])('links %s to its newer (%s) and older (%s) neighbours in the section', (slug, newer, older) => {
    const n = index.neighbours.get(slug);
    expect(n?.newer?.slug).toBe(newer);
    expect(n?.older?.slug).toBe(older);
  });

  it('groups topics and authors', () => {
    expect(index.topics.map((t) => [t.name, t.articles.length])).toEqual([['Harbour', 1]]);
    expect(index.authors.map((t) => [t.slug, t.articles.map((a) => a.slug)])).toEqual([['jane-doe', ['w2', 'w1']]]);
  });
});

describe('buildFrontPage', () => {
  it('leads with the newest, then top stories, then sections without repeats', () => {
    const front = buildFrontPage(index, testSite);
    expect(front.lead?.slug).toBe('w3');
    expect(front.topStories.map((c) => c.slug)).toEqual(['n2', 'w2', 'n1', 'w1']);
    expect(front.sections).toEqual([]);
  });

  it('shows each section its stories not already above', () => {
    const more = [...articles, makeArticle('w0', '2024-01-01', ['section: world']), makeArticle('n0', '2023-12-31')];
    const front = buildFrontPage(buildSiteIndex(more, testSite), testSite);
    expect(front.sections.map((s) => [s.name, s.cards.map((c) => c.slug)])).toEqual([
      ['News', ['n0']],
      ['World', ['w0']],
    ]);
  });
});
