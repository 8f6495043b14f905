import { describe, expect, it } from 'vitest';
import { lastModified, newestChangesFirst, type ArticleChange } from '../../../src/lib/trust/article-changes.ts';

const at = (iso: string) => new Date(iso);
const change = (kind: ArticleChange['kind'], iso: string, text: string): ArticleChange => ({ kind, date: at(iso), text });

describe('newestChangesFirst: the log as readers read it', () => {
  it.each([
    ['newest first', [change('update', '2024-01-02T10:00Z', 'a'), change('correction', '2024-01-03T10:00Z', 'b')], ['b', 'a']],
    ['a correction before an update at the same moment', [change('update', '2024-01-02T10:00Z', 'u'), change('correction', '2024-01-02T10:00Z', 'c')], ['c', 'u']],
    ['as written when kind and moment are equal', [change('update', '2024-01-02T10:00Z', 'first'), change('update', '2024-01-02T10:00Z', 'second')], ['first', 'second']],
    ['nothing to log', [], []],
  ])('%s', (_name, changes, expected) => {
    expect(newestChangesFirst(changes).map((c) => c.text)).toEqual(expected);
  });
});

describe('lastModified: what dateModified says', () => {
  it.each([
    ['publication when nothing changed', undefined, [], '2024-01-01T00:00:00.000Z'],
    ['the editor’s updated', '2024-01-05T00:00Z', [], '2024-01-05T00:00:00.000Z'],
    ['a later correction over updated', '2024-01-05T00:00Z', [change('correction', '2024-01-07T00:00Z', 'c')], '2024-01-07T00:00:00.000Z'],
    ['updated over an earlier update', '2024-01-05T00:00Z', [change('update', '2024-01-03T00:00Z', 'u')], '2024-01-05T00:00:00.000Z'],
  ])('%s', (_name, updated, changes, expected) => {
    expect(lastModified(at('2024-01-01T00:00Z'), updated === undefined ? undefined : at(updated), changes).toISOString()).toBe(expected);
  });
});
