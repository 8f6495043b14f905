import { describe, expect, it } from 'vitest';
import { authorDirectory, checkAuthorReferences } from '../../../src/lib/content/author-references.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { articleText, testSite } from './site.ts';

const profiles = [
  { slug: 'hanna-roe', name: 'Hanna Roe', file: 'content/authors/hanna-roe.md' },
  { slug: 'tedry', name: 'Tomas Edry', file: 'content/authors/tedry.md' },
  { slug: 'afp', name: 'AFP', file: 'content/authors/afp.md' },
];
const directory = authorDirectory(profiles);

describe('a byline names a profile by name or by slug, case aside', () => {
  it.each([
    ['its name', 'Hanna Roe', 'hanna-roe'],
    ['its name in capitals', 'HANNA ROE', 'hanna-roe'],
    ['its name with a doubled space', 'Hanna  Roe', 'hanna-roe'],
    ['its slug', 'hanna-roe', 'hanna-roe'],
    ['a slug unlike the name', 'tedry', 'tedry'],
    ['a slug in capitals', 'TEDRY', 'tedry'],
    ['an agency’s short name', 'afp', 'afp'],
  ])('by %s', (_name, entry, slug) => {
    expect(directory.resolve(entry)?.slug).toBe(slug);
  });

  it.each([['Hana Roe'], ['Jane Doe'], ['Roe'], ['hanna-roe-2']])('not by %s', (entry) => {
    expect(directory.resolve(entry)).toBeUndefined();
  });
});

describe('the closest profile to a byline that names none', () => {
  it.each([
    ['a letter missing', 'Hana Roe', 'Hanna Roe'],
    ['two letters swapped', 'Hanna Reo', 'Hanna Roe'],
    ['a misspelt slug', 'hana-roe', 'Hanna Roe'],
    ['a misspelt name with another slug', 'Tomas Edrey', 'Tomas Edry'],
  ])('is suggested for %s', (_name, entry, expected) => {
    expect(directory.closest(entry)?.name).toBe(expected);
  });

  it.each([
    ['another person', 'Jane Doe'],
    ['a short name a letter off (AP is not AFP)', 'AP'],
    ['three letters off', 'Hilda Roe'],
    ['a name that is already a profile’s', 'Hanna Roe'],
    ['a very long name', `Hanna Roe ${'x'.repeat(80)}`],
  ])('is none for %s', (_name, entry) => {
    expect(directory.closest(entry)).toBeUndefined();
  });
});

describe('checkAuthorReferences, shared by the build and check:content', () => {
  function warningsFor(frontMatter: readonly string[], known = profiles) {
    const { articles } = validateArticles([{ file: 'a.md', text: articleText(['title: T', 'date: 2024-01-02', ...frontMatter]) }], testSite);
    return checkAuthorReferences(articles, known).map(formatProblem);
  }

  it('warns of a near miss, naming the file, the line and the entry, with the profile it may mean', () => {
    expect(warningsFor(['authors:', '  - Tomas Edry', '  - Hana Roe'])).toEqual([
      'a.md:6: warning: authors.1: "Hana Roe" has no author profile and stays a plain byline: did you mean "Hanna Roe" (content/authors/hanna-roe.md)?',
    ]);
  });

  it('gives the line of a list written on one line', () => {
    expect(warningsFor(['authors: [Hana Roe]'])).toEqual([expect.stringMatching(/^a\.md:4: warning: authors\.0: /)]);
  });

  it.each([
    ['bylines that name profiles', ['authors: [hanna-roe, TOMAS EDRY]'], profiles],
    ['a byline far from every profile (a guest writer)', ['authors: [Jane Doe]'], profiles],
    ['a site without profiles', ['authors: [Hana Roe]'], []],
  ])('says nothing of %s', (_name, frontMatter, known) => {
    expect(warningsFor(frontMatter, known)).toEqual([]);
  });
});
