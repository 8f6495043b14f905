import { describe, expect, it } from 'vitest';
import { placeArticle, slugHolders } from '../../../src/lib/editor/slug-holders.ts';

const holders = slugHolders([
  { file: 'kim-jong-un-in-russia.md', text: '---\ntitle: T\ndate: 2024-01-02\n---\n\nBody.\n' },
  { file: '2023/09/Putin Talks.md', text: '---\ntitle: T\ndate: 2024-01-02\naliases: [old-putin-talks]\n---\n' },
  { file: 'renamed.md', text: '---\ntitle: T\ndate: 2024-01-02\nslug: given-slug\n---\n' },
  { file: 'broken.md', text: 'no front matter at all' },
]);

describe('slugHolders', () => {
  it('knows every slug as the build assigns it, and every alias', () => {
    expect(Object.fromEntries(holders)).toEqual({
      'kim-jong-un-in-russia': { file: 'kim-jong-un-in-russia.md', as: 'slug' },
      'putin-talks': { file: '2023/09/Putin Talks.md', as: 'slug' },
      'old-putin-talks': { file: '2023/09/Putin Talks.md', as: 'alias' },
      'given-slug': { file: 'renamed.md', as: 'slug' },
      broken: { file: 'broken.md', as: 'slug' },
    });
  });
});

describe('placeArticle', () => {
  it.each([
    ['a free slug', 'new-story', false, { ok: true, file: 'new-story.md', replaces: false }],
    ['a slug a subfolder article holds, with --force', 'putin-talks', true, { ok: true, file: '2023/09/Putin Talks.md', replaces: true }],
    ['a slug a `slug` field holds, with --force', 'given-slug', true, { ok: true, file: 'renamed.md', replaces: true }],
  ])('places %s', (_name, slug, replace, expected) => {
    expect(placeArticle(slug, holders, replace)).toEqual(expected);
  });

  it.each([
    ['a taken slug', 'putin-talks', false, 'the slug "putin-talks" is taken by 2023/09/Putin Talks.md'],
    ['a slug held by a `slug` field', 'given-slug', false, 'is taken by renamed.md'],
    ['an alias, even with --force', 'old-putin-talks', true, 'is an old slug (alias) of 2023/09/Putin Talks.md'],
    ['a file name whose article has another slug', 'renamed', true, 'renamed.md already exists'],
  ])('refuses %s', (_name, slug, replace, message) => {
    const place = placeArticle(slug, holders, replace);
    expect(place.ok).toBe(false);
    expect(!place.ok && place.message).toContain(message);
  });
});
