import { describe, expect, it } from 'vitest';
import { byNewest, toArticle, toArticleWithText } from '../../src/lib/article.ts';
import { validateArticles } from '../../src/lib/content/validate-articles.ts';
import { articleText, testSite } from './content/site.ts';

function article(frontMatter: string[], body?: string) {
  const { articles, problems } = validateArticles([{ file: 'a.md', text: articleText(frontMatter, body) }], testSite);
  expect(problems).toEqual([]);
  const entry = articles[0];
  if (!entry) throw new Error('no article');
  return toArticle(entry, testSite);
}

describe('toArticle', () => {
  it('reads dates as instants in the site zone and defaults the section', () => {
    const a = article(['title: T', 'date: 2023-09-12']);
    expect(a.published.toISOString()).toBe('2023-09-11T23:00:00.000Z');
    expect(a.section).toEqual({ slug: 'news', name: 'News' });
    expect(a.path).toBe('/articles/a/');
  });

  it.each([
    ['the standfirst when given', ['description: The standfirst.'], 'First para.', 'The standfirst.', 'The standfirst.'],
    ['the first paragraph when absent', [], '## Head\n\nFirst *para*.\n\nSecond.', undefined, 'First para.'],
  ])('summarises with %s', (_name, extra, body, standfirst, summary) => {
    const a = article(['title: T', 'date: 2024-01-01', ...extra], body);
    expect(a.standfirst).toBe(standfirst);
    expect(a.summary).toBe(summary);
  });

  it('counts words and reading time, and drops repeated tags', () => {
    const a = article(['title: T', 'date: 2024-01-01', 'tags: [Russia, russia, Korea]'], Array(460).fill('word').join(' '));
    expect(a.wordCount).toBe(460);
    expect(a.readingMinutes).toBe(2);
    expect(a.tags).toEqual(['Russia', 'Korea']);
  });

  it.each([
    ['news when no type is given', [], 'news', undefined],
    ['the kind of work and dateline given', ['type: opinion', 'dateline: NORTH HAVEN'], 'opinion', 'NORTH HAVEN'],
  ])('reads %s', (_name, extra, workType, dateline) => {
    const a = article(['title: T', 'date: 2024-01-01', ...extra]);
    expect(a.workType).toBe(workType);
    expect(a.dateline).toBe(dateline);
  });

  it('merges corrections and updates into one log, newest first, dated in the site zone', () => {
    const a = article([
      'title: T',
      'date: 2024-01-01',
      'corrections:',
      '  - { date: 2024-01-02, text: Fixed a *name*. }',
      'updates:',
      '  - { date: "2024-01-03T09:00:00+00:00", text: Added the minister’s reply. }',
      '  - { date: 2024-01-01T12:00, text: Added a quote. }',
    ]);
    expect(a.changes.map((c) => [c.kind, c.date.toISOString(), c.text])).toEqual([
      ['update', '2024-01-03T09:00:00.000Z', 'Added the minister’s reply.'],
      ['correction', '2024-01-02T00:00:00.000Z', 'Fixed a *name*.'],
      ['update', '2024-01-01T12:00:00.000Z', 'Added a quote.'],
    ]);
  });

  it('orders newest first, ties by slug', () => {
    const make = (slug: string, date: string) => ({ ...article(['title: T', `date: ${date}`]), slug });
    const sorted = [make('b', '2024-01-01'), make('a', '2024-01-01'), make('c', '2024-02-01')].sort(byNewest);
    expect(sorted.map((a) => a.slug)).toEqual(['c', 'a', 'b']);
  });
});

describe('toArticleWithText', () => {
  it('gives the body as plain text beside the article, which does not keep it', () => {
    const { articles } = validateArticles([{ file: 'a.md', text: articleText(['title: T', 'date: 2024-01-01'], '## Head\n\nFirst *para* here.') }], testSite);
    const entry = articles[0];
    if (!entry) throw new Error('no article');
    const { article, bodyText } = toArticleWithText(entry, testSite);
    expect(bodyText).toContain('First para here.');
    expect(article).toEqual(toArticle(entry, testSite));
    expect('bodyText' in article).toBe(false);
    expect(article.wordCount).toBe(4);
  });
});

describe('the summary of an article with no description', () => {
  const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

  // A character outside the Basic Multilingual Plane (𠮷) and an emoji where a cut by
  // UTF-16 units fell: the summary split 𠮷 in half, and the email link threw.
  it.each([
    ['Japanese', `${'港の祭りが開かれた。'.repeat(19)}笑顔で話す🎉の𠮷田さん一家は、隣町から船で訪れた。`],
    ['English around a family emoji', `${'The harbour reopened today. '.repeat(7)}Winners 👨‍👩‍👧‍👦 took home a cup and more.`],
    ['Hindi', `${'बंदरगाह फिर से खुल गया। '.repeat(20)}क्षेत्र के लोग खुश हैं।`],
  ])('is cut by characters as a reader counts them: %s', (_name, paragraph) => {
    const { summary } = article(['title: T', 'date: 2024-01-01'], `${paragraph}\n\nSecond paragraph.`);
    expect(summary.isWellFormed()).toBe(true);
    expect(summary.endsWith('…')).toBe(true);
    const kept = graphemes(summary.slice(0, -1));
    expect(kept.length).toBeLessThan(200);
    expect(kept).toEqual(graphemes(paragraph).slice(0, kept.length));
    expect(() => encodeURIComponent(summary)).not.toThrow();
  });
});
