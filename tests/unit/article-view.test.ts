import { describe, expect, it } from 'vitest';
import { bylineParts, isSubstantiveUpdate, joinNames } from '../../src/lib/article-view.ts';

describe('isSubstantiveUpdate', () => {
  const published = new Date('2024-01-01T10:00:00Z');
  it.each([
    ['no update', undefined, false],
    ['ten minutes later', new Date('2024-01-01T10:10:00Z'), false],
    ['59 minutes later', new Date('2024-01-01T10:59:00Z'), false],
    ['an hour later', new Date('2024-01-01T11:00:00Z'), true],
    ['next day', new Date('2024-01-02T09:00:00Z'), true],
  ])('%s → %s', (_name, updated, expected) => {
    expect(isSubstantiveUpdate(published, updated)).toBe(expected);
  });
});

describe('joinNames', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%j → %s', (names, text) => {
    expect(joinNames(names)).toBe(text);
  });
});

describe('bylineParts', () => {
  const a = { name: 'A', path: '/authors/a/' };
  const b = { name: 'B', path: '/authors/b/' };
  const c = { name: 'C', path: '/authors/c/' };
  it.each([
    [[a], ['By ', a]],
    [
      [a, b],
      ['By ', a, ' and ', b],
    ],
    [
      [a, b, c],
      ['By ', a, ', ', b, ' and ', c],
    ],
  ])('words %j as joinNames does, each name a link', (authors, parts) => {
    expect(bylineParts(authors)).toEqual(parts);
    expect(
      bylineParts(authors)
        .map((p) => (typeof p === 'string' ? p : p.name))
        .join(''),
    ).toBe(`By ${joinNames(authors.map((x) => x.name))}`);
  });
});
