import { describe, expect, it } from 'vitest';
import { buildArticleCard } from '../../src/lib/article-card.ts';
import { buildRelatedView, FALLBACK_BELOW } from '../../src/lib/related-view.ts';
import { makeArticle } from './fixtures.ts';

const self = makeArticle('self', '2024-01-10', ['section: world']);
const others = ['a', 'b', 'c', 'd', 'e'].map((slug, i) => makeArticle(slug, `2024-01-0${i + 1}`, ['section: world']));
const cards = new Map([self, ...others].map((a) => [a.slug, buildArticleCard(a)]));
const section = [self, ...others].sort((x, y) => y.published.getTime() - x.published.getTime());
const link = (slug: string, reason = `Also about: ${slug}`) => ({ slug, score: 1, reasons: [reason], pinned: false });

describe('buildRelatedView', () => {
  it.each([
    ['no related links', [], [], ['e', 'd', 'c', 'b']],
    ['one related link', [link('a')], ['a'], ['e', 'd', 'c', 'b']],
    ['two related links', [link('a'), link('c')], ['a', 'c'], ['e', 'd', 'b']],
    [`${FALLBACK_BELOW} related links`, [link('a'), link('b'), link('c')], ['a', 'b', 'c'], undefined],
  ])('with %s: shows the related in order and the section latest only below the threshold', (_name, links, related, fallback) => {
    const view = buildRelatedView(self, links, section, cards);
    expect(view.related.map((r) => r.path)).toEqual(related.map((s) => `/articles/${s}/`));
    expect(view.fallback?.items.map((r) => r.path)).toEqual(fallback?.map((s) => `/articles/${s}/`));
    if (view.fallback) expect(view.fallback.heading).toBe('Latest in World');
  });

  it('keeps the reason and a machine-readable date on each link', () => {
    const [item] = buildRelatedView(self, [link('a', 'Also about: Ostrel')], section, cards).related;
    expect(item).toEqual({ headline: 'Story a', path: '/articles/a/', published: { iso: '2024-01-01T00:00:00Z', text: '1 January 2024' }, reason: 'Also about: Ostrel' });
  });
});
