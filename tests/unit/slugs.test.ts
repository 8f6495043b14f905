import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, isValidSlug, slugFromFileName, slugify } from '../../src/lib/slugs.ts';
import { MAX_HEADLINE_SLUG } from '../../src/lib/editor/headline-slug.ts';

describe('isValidSlug', () => {
  it.each([
    ['kim-jong-un-in-russia', true],
    ['a', true],
    ['2024-budget', true],
    ['Kim-Jong-Un', false],
    ['double--hyphen', false],
    ['-leading', false],
    ['trailing-', false],
    ['under_score', false],
    ['space here', false],
    ['zürich', false],
    ['', false],
  ])('%s → %s', (slug, valid) => {
    expect(isValidSlug(slug)).toBe(valid);
  });
});

describe('slugify', () => {
  it.each([
    ['Zürich', 'zurich'],
    ['Kim Jong-un in Russia for talks with Vladimir Putin', 'kim-jong-un-in-russia-for-talks-with-vladimir-putin'],
    ['Moscow’s “gentle” blackmail', 'moscows-gentle-blackmail'],
    ['Straße & Łódź', 'strasse-and-lodz'],
    ['  --Hello__World--  ', 'hello-world'],
    ['Ærø', 'aero'],
    ['日本', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('slugFromFileName', () => {
  it.each([
    ['content/articles/kim-jong-un-in-russia.md', 'kim-jong-un-in-russia'],
    ['content/articles/2023/09/Kim Jong-Un.md', 'kim-jong-un'],
    ['content/articles/kim_jong_un.md', 'kim-jong-un'],
  ])('%s → %s', (file, slug) => {
    expect(slugFromFileName(file)).toBe(slug);
  });
});

describe('MAX_SLUG_LENGTH', () => {
  it('leaves room in a file name (255 bytes) for the page folder and in a shared URL', () => {
    expect(Buffer.byteLength(`${'a'.repeat(MAX_SLUG_LENGTH)}.html`)).toBeLessThan(255);
    expect(`https://example.org/articles/${'a'.repeat(MAX_SLUG_LENGTH)}/`.length).toBeLessThan(200);
  });

  it("admits every slug the editors' commands make from a headline", () => {
    expect(MAX_HEADLINE_SLUG).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });
});
