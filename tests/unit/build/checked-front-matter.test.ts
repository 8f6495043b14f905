import { describe, expect, it } from 'vitest';
import { checkedFrontMatterOf } from '../../../src/build/site-plan/checked-front-matter.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { articleText, testSite } from '../content/site.ts';

const [checkedArticle] = validateArticles([{ file: 'content/articles/ferries.md', text: articleText(['title: Ferries sail again', 'date: 2024-01-06']) }], testSite).articles;
const checked = new Map([['ferries', { digest: 'a1b2', frontMatter: checkedArticle!.frontMatter }]]);

describe('checkedFrontMatterOf: the plan takes the front matter the loader checked, for the version stored', () => {
  it('gives the checked front matter of the stored version', () => {
    expect(checkedFrontMatterOf({ id: 'ferries', filePath: 'content/articles/ferries.md', digest: 'a1b2' }, checked).title).toBe('Ferries sail again');
  });

  it.each([
    ['another version of the file is stored', { id: 'ferries', filePath: 'content/articles/ferries.md', digest: 'c3d4' }, checked],
    ['the loader checked no such article', { id: 'harbour', filePath: 'content/articles/harbour.md', digest: 'a1b2' }, checked],
    ['the loader has not run in this process', { id: 'ferries', filePath: 'content/articles/ferries.md', digest: 'a1b2' }, undefined],
  ])('refuses, naming the file, when %s', (_when, entry, known) => {
    expect(() => checkedFrontMatterOf(entry, known)).toThrow(new RegExp(`^${entry.filePath}: the content store holds a version of this file whose front matter this build did not check`));
  });
});
