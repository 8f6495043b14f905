import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { translationHeadTags } from '../../../src/lib/i18n/language-head-tags.ts';
import { translationGroups } from '../../../src/lib/i18n/translations.ts';
import { articleText, testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

function errorsOf(files: Record<string, readonly string[]>): string[] {
  const { problems } = validateArticles(
    Object.entries(files).map(([file, frontMatter]) => ({ file, text: articleText(['title: T', 'date: 2024-01-02', ...frontMatter]) })),
    testSite,
  );
  return problems.filter((p) => p.severity === 'error').map(formatProblem);
}

describe('translations: checked across the site', () => {
  it('accepts versions of one story in other languages, listed from one side only', () => {
    expect(errorsOf({ 'comet.md': ['translations: [comet-ar]'], 'comet-ar.md': ['lang: ar'], 'comet-hi.md': ['lang: hi', 'translations: [comet]'] })).toEqual([]);
  });

  it.each([
    ['a slug that names no article', { 'a.md': ['translations: [nowhere]'] }, 'a.md:4: translations.0: "nowhere" names no article'],
    ['the article itself', { 'a.md': ['translations: [a]'] }, 'a.md:4: translations.0: "a" is this article itself'],
    ['a version in the same language', { 'a.md': ['translations: [b]'], 'b.md': ['lang: en-GB'] }, 'a.md:4: translations.0: "b" is in en-GB, the language of this article (en)'],
    ['an unknown language', { 'a.md': ['lang: xx'] }, 'a.md:4: lang: "xx" names no language this site knows'],
    ['a malformed language tag', { 'a.md': ['lang: ar_EG'] }, 'a.md:4: lang: "ar_EG" is not a BCP 47 language tag'],
    ['two versions in one language, through a third', { 'a.md': ['translations: [b, c]'], 'b.md': ['lang: ar'], 'c.md': ['lang: ar-EG'] }, 'a story has one version per language'],
  ])('refuses %s, naming file, line and field', (_name, files, expected) => {
    expect(errorsOf(files).join('\n')).toContain(expected);
  });
});

describe('translationGroups and their head tags', () => {
  // Made one by one (each checked alone), then linked as their front matter would link them.
  const en = { ...makeArticle('comet', '2024-01-02'), translations: ['comet-ar'] };
  const ar = makeArticle('comet-ar', '2024-01-03', ['lang: ar']);
  const hi = { ...makeArticle('comet-hi', '2024-01-04', ['lang: hi']), translations: ['comet-ar'] };
  const alone = makeArticle('other', '2024-01-05');
  const groups = translationGroups([hi, ar, en, alone]);

  it('gives every version the whole story, itself included, in language order, whichever side listed it', () => {
    for (const slug of ['comet', 'comet-ar', 'comet-hi']) expect(groups.get(slug)?.map((a) => a.slug)).toEqual(['comet-ar', 'comet', 'comet-hi']);
    expect(groups.has('other')).toBe(false);
  });

  it('leaves out versions that are not published', () => {
    expect(translationGroups([en]).has('comet')).toBe(false);
  });

  it('declares every version with hreflang, itself too, and the site-language version as x-default', () => {
    const tags = translationHeadTags(ar, groups.get('comet-ar') ?? [], testSite);
    const links = tags.flatMap((t) => (t.tag === 'link' ? [[t.attributes['hreflang'], t.attributes['href']]] : []));
    expect(links).toEqual([
      ['ar', `${testSite.url}/articles/comet-ar/`],
      ['en', `${testSite.url}/articles/comet/`],
      ['hi', `${testSite.url}/articles/comet-hi/`],
      ['x-default', `${testSite.url}/articles/comet/`],
    ]);
    expect(tags.flatMap((t) => (t.tag === 'meta' ? [t.attributes['content']] : []))).toEqual(['en_GB', 'hi_IN']);
    expect(translationHeadTags(alone, [], testSite)).toEqual([]);
  });
});
