import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addYearlyEditions, asEdition, editionFileName } from '../../../scripts/support/yearly-editions.ts';
import { folderWith } from '../../support/temp-tree.ts';

const article = (date: string, extra = '') => `---\ntitle: "Harbour reopens"\ndate: ${date}\n${extra}---\n\nThe harbour reopened on 29 February.\n`;

describe('yearly editions of benchmark articles', () => {
  it.each([
    ['an ordinary day', '2019-05-14T08:30:00+00:00', 3, 'date: 2022-05-14T08:30:00+00:00'],
    ['29 February into a common year', '2020-02-29T12:00:00Z', 1, 'date: 2021-02-28T12:00:00Z'],
    ['29 February into a leap year', '2020-02-29T12:00:00Z', 4, 'date: 2024-02-29T12:00:00Z'],
    ['a date with no time', '2019-10-07', 2, 'date: 2021-10-07'],
  ])('moves %s by whole years, never rolling over', (_what, date, edition, expected) => {
    expect(asEdition(article(date), edition)).toContain(expected);
  });

  it('moves an update with its article, and leaves the body alone', () => {
    const text = asEdition(article('2019-05-14T09:00:00Z', 'updated: 2019-05-15T10:00:00Z\n'), 2);
    expect(text).toContain('updated: 2021-05-15T10:00:00Z');
    expect(text).toContain('The harbour reopened on 29 February.');
  });

  it('gives each edition a slug of its own', () => {
    expect(editionFileName('story-12.md', 2)).toBe('story-12-e2.md');
  });

  it('grows a folder to the count asked for, edition by edition, and no further', () => {
    const dir = folderWith({ 'a.md': article('2019-01-01'), 'b.md': article('2019-01-02') });
    expect(addYearlyEditions(dir, 5)).toBe(5);
    expect(readdirSync(dir).sort()).toEqual(['a-e1.md', 'a-e2.md', 'a.md', 'b-e1.md', 'b.md']);
    expect(readFileSync(join(dir, 'a-e2.md'), 'utf8')).toContain('date: 2021-01-01');
    expect(addYearlyEditions(dir, 3)).toBe(5);
  });
});
