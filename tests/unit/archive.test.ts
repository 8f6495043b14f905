import { describe, expect, it } from 'vitest';
import { buildArchive, monthName, monthSegment } from '../../src/lib/archive.ts';
import { makeArticle } from './fixtures.ts';

describe('buildArchive', () => {
  it('files by month in the site time zone, newest first', () => {
    const articles = [makeArticle('late-sept-utc', '2023-09-30T23:30:00Z'), makeArticle('mid-sept', '2023-09-12'), makeArticle('last-year', '2022-12-31T23:59:00Z')];
    const archive = buildArchive(articles);
    expect(archive.map((y) => [y.year, y.count, y.months.map((m) => [m.month, m.articles.map((a) => a.slug)])])).toEqual([
      [
        2023,
        2,
        [
          [10, ['late-sept-utc']],
          [9, ['mid-sept']],
        ],
      ],
      [2022, 1, [[12, ['last-year']]]],
    ]);
  });
});

describe('month names and URL segments', () => {
  it.each([
    [2023, 9, 'en-GB', 'September 2023', '09'],
    [2024, 12, 'en-GB', 'December 2024', '12'],
  ])('%i-%i', (year, month, locale, name, segment) => {
    expect(monthName(year, month, locale)).toBe(name);
    expect(monthSegment(month)).toBe(segment);
  });
});
