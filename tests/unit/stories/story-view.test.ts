import { describe, expect, it } from 'vitest';
import { buildStoryView } from '../../../src/lib/stories/story-view.ts';
import { makeArticle } from '../fixtures.ts';

const first = { ...makeArticle('bridge-collapses', '2024-03-01T08:00:00Z'), title: 'Bridge collapses in Port Ellis' };
const second = { ...makeArticle('bridge-rescue', '2024-03-02T08:00:00Z'), title: 'Divers reach cars under the Port Ellis bridge' };
const column = { ...makeArticle('bridge-column', '2024-03-03T08:00:00Z', ['type: opinion']), title: 'Who will answer for the bridge?' };
const bySlug = new Map([first, second, column].map((a) => [a.slug, a]));
const story = { slug: 'bridge-collapses', articles: ['bridge-collapses', 'bridge-rescue', 'bridge-column'] };

describe('buildStoryView: a story’s timeline', () => {
  it('lists every article in the story’s order, linking each and marking the one being read', () => {
    const view = buildStoryView(story, bySlug, 'bridge-rescue');
    expect(view.path).toBe('/stories/bridge-collapses/');
    expect(view.entries.map((e) => [e.headline, e.path, e.current])).toEqual([
      ['Bridge collapses in Port Ellis', '/articles/bridge-collapses/', false],
      ['Divers reach cars under the Port Ellis bridge', '/articles/bridge-rescue/', true],
      ['Who will answer for the bridge?', '/articles/bridge-column/', false],
    ]);
    expect(view.entries[0]?.published.iso).toBe('2024-03-01T08:00:00Z');
  });

  it.each([
    ['the latest report, not a column that comments on it', story, 'Divers reach cars under the Port Ellis bridge'],
    ['the latest article when none is news', { slug: 'bridge-column', articles: ['bridge-column'] }, 'Who will answer for the bridge?'],
  ])('is named by %s', (_name, given, title) => {
    expect(buildStoryView(given, bySlug).title).toBe(title);
  });

  it('marks nothing on the story’s own page', () => {
    expect(buildStoryView(story, bySlug).entries.some((e) => e.current)).toBe(false);
  });
});
