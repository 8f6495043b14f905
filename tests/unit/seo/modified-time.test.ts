import { describe, expect, it } from 'vitest';
import { modifiedIso } from '../../../src/lib/seo/modified-time.ts';
import { makeArticle } from '../fixtures.ts';

describe('dateModified, as head tags and JSON-LD print it in the site’s zone (Europe/London)', () => {
  it.each([
    ['never changed: its publication', [], '2024-03-04T08:30:00Z'],
    ['updated the same afternoon, in summer time', ['updated: 2024-07-04T15:45:00Z'], '2024-07-04T16:45:00+01:00'],
    ['corrected after its `updated`', ['updated: 2024-03-04T09:00:00Z', 'corrections:', '  - date: 2024-03-05T10:00:00Z', '    text: The port reopened on Monday.'], '2024-03-05T10:00:00Z'],
    ['updated after its correction', ['updated: 2024-03-06T11:00:00Z', 'corrections:', '  - date: 2024-03-05T10:00:00Z', '    text: The port reopened on Monday.'], '2024-03-06T11:00:00Z'],
  ])('%s', (_case, extra, expected) => {
    const article = makeArticle('harbour', '2024-03-04T08:30:00Z', extra);
    expect(modifiedIso(article, 'Europe/London')).toBe(expected);
  });

  it('prints the plan’s own string of the publication for an article never changed', () => {
    const article = makeArticle('harbour', '2024-07-04T08:30:00Z');
    expect(modifiedIso(article, 'Europe/London')).toBe(article.publishedAt.iso);
    expect(article.publishedAt.iso).toBe('2024-07-04T09:30:00+01:00');
  });
});
