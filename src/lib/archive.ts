import type { Article } from './article.ts';
import { dateFormat } from './date-format.ts';

/** The articles of one month in the site's time zone. */
export interface ArchiveMonth {
  readonly year: number;
  readonly month: number;
  readonly articles: readonly Article[];
}

/** The months of one year, newest first. */
export interface ArchiveYear {
  readonly year: number;
  readonly months: readonly ArchiveMonth[];
  readonly count: number;
}

/**
 * Files articles (newest first) by year and month of publication in the site's time zone
 * (`publishedMonth`), so an article published at 00:30 BST on 1 October is in October,
 * whatever the machine says.
 */
export function buildArchive(articles: readonly Article[]): ArchiveYear[] {
  const byYear = new Map<number, Map<number, Article[]>>();
  for (const article of articles) {
    const { year, month } = article.publishedMonth;
    const months = byYear.get(year) ?? new Map<number, Article[]>();
    byYear.set(year, months);
    // Appended in place: a month of a big paper holds thousands of articles, and copying its list per article would cost their square.
    const list = months.get(month);
    if (list === undefined) months.set(month, [article]);
    else list.push(article);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => {
      const list = [...months.entries()].sort(([a], [b]) => b - a).map(([month, items]) => ({ year, month, articles: items }));
      return { year, months: list, count: list.reduce((n, m) => n + m.articles.length, 0) };
    });
}

/** "September 2023", in the site's locale. */
export function monthName(year: number, month: number, locale: string): string {
  return dateFormat('monthYear', locale, 'UTC').format(new Date(Date.UTC(year, month - 1, 15)));
}

/** Two-digit month for URLs: 9 → "09". */
export function monthSegment(month: number): string {
  return String(month).padStart(2, '0');
}
