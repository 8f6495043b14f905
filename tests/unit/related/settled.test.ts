import { describe, expect, it } from 'vitest';
import { settledArticles } from '../../../src/lib/related/settled.ts';

const at = (iso: string): number => Date.parse(iso);
const days = (from: string, count: number): number[] => Array.from({ length: count }, (_, i) => at(from) + i * 86_400_000);

describe('the articles the related links learn from', () => {
  it.each([
    // [what, times, lag, least, settled count or undefined for every article]
    ['two months, lag 1: the earlier month', [...days('2026-01-01T08:00:00Z', 31), ...days('2026-02-01T08:00:00Z', 10)], 1, 20, 31],
    ['lag 2: the month before last and earlier', [...days('2025-11-22T08:00:00Z', 40), ...days('2026-01-01T08:00:00Z', 31), ...days('2026-02-01T08:00:00Z', 3)], 2, 20, 40],
    ['lag 0: every article', [...days('2026-01-01T08:00:00Z', 31), ...days('2026-02-01T08:00:00Z', 10)], 0, 20, undefined],
    ['one month only: every article', days('2026-03-01T08:00:00Z', 25), 1, 20, undefined],
    ['fewer settled than half the site: every article', [...days('2026-01-20T08:00:00Z', 12), ...days('2026-02-01T08:00:00Z', 20)], 1, 5, undefined],
    ['fewer settled than the least: every article', [...days('2026-01-01T08:00:00Z', 15), ...days('2026-02-01T08:00:00Z', 3)], 1, 20, undefined],
    ['no articles', [], 1, 20, undefined],
  ] as const)('%s', (_what, times, lag, least, expected) => {
    const settled = settledArticles(times, lag, least);
    expect(settled === undefined ? undefined : settled.reduce((n, s) => n + s, 0)).toBe(expected);
  });

  it('cuts at the month in UTC, whatever zone the newest article was written in', () => {
    // 23:30 on 31 March in New York is 1 April in UTC: the newest month is April, so March is settled.
    const times = [...days('2026-03-01T12:00:00Z', 30), at('2026-03-31T23:30:00-04:00')];
    const settled = settledArticles(times, 1, 20)!;
    expect([...settled]).toEqual([...Array.from({ length: 30 }, () => 1), 0]);
  });

  it('settles the articles before the cut and none after, in their own order', () => {
    const times = [at('2026-02-03T00:00:00Z'), ...days('2026-01-01T00:00:00Z', 30), at('2026-01-31T23:59:59.999Z')];
    expect([...settledArticles(times, 1, 20)!]).toEqual([0, ...Array.from({ length: 31 }, () => 1)]);
  });
});
