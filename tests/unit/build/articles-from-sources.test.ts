import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesFromSources, type StoredArticle } from '../../../src/build/site-plan/articles-from-sources.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';
import { folderWith } from '../../support/temp-tree.ts';
import { articleText, testSite } from '../content/site.ts';

// Invented articles, one a day, in two languages (the direction is worked out per language).
const files: Record<string, string> = Object.fromEntries(
  Array.from({ length: 9 }, (_, i) => [
    `story-${i}.md`,
    articleText(
      [`title: "Harbour report ${i}"`, `date: 2024-03-${String(i + 1).padStart(2, '0')}T0${i}:30:00Z`, ...(i % 3 === 0 ? ['lang: ar'] : [])],
      `The tide at the **harbour** rose ${i} metres.\n\nA second paragraph.`,
    ),
  ]),
);

function storedArticles(): StoredArticle[] {
  const dir = folderWith(files);
  const { articles, problems } = validateArticles(
    Object.entries(files).map(([file, text]) => ({ file, text })),
    testSite,
  );
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return articles.map((a) => ({ slug: a.slug, file: a.file, frontMatter: a.frontMatter, bodyPath: join(dir, a.file) }));
}

describe('articlesFromSources', () => {
  it('makes on two threads exactly the articles one thread makes, in the same order', async () => {
    const sources = storedArticles();
    const alone = await articlesFromSources(sources, testSite, PROJECT_ROOT, Infinity);
    const shared = await articlesFromSources(sources, testSite, PROJECT_ROOT, 2);
    expect(shared).toEqual(alone);
    expect(alone.map(({ article }) => article.slug)).toEqual(sources.map((s) => s.slug));
    expect(alone.map(({ article }) => article.dir)).toEqual(sources.map((_, i) => (i % 3 === 0 ? 'rtl' : 'ltr')));
    expect(alone[4]?.bodyText).toContain('The tide at the harbour rose 4 metres.');
  });

  it('makes an article whose body’s facts were kept without reading its body: the article reading it makes', async () => {
    const sources = storedArticles();
    const read = await articlesFromSources(sources, testSite, PROJECT_ROOT, Infinity);
    // The files are gone: an article that read its body would stop the build.
    const kept = sources.map((s, i) => ({ ...s, bodyPath: join(s.bodyPath, '..', 'gone', s.file), facts: { wordCount: read[i]!.article.wordCount, summary: read[i]!.article.summary } }));
    for (const threshold of [Infinity, 2]) {
      const made = await articlesFromSources(kept, testSite, PROJECT_ROOT, threshold);
      expect(made.map(({ article }) => article)).toEqual(read.map(({ article }) => article));
      expect(made.every(({ bodyText }) => bodyText === undefined)).toBe(true);
    }
    // Facts that say otherwise are what the page prints: they are trusted, so they must be keyed by the very file.
    const [first] = await articlesFromSources([{ ...kept[0]!, facts: { wordCount: 2300, summary: 'Kept.' } }], testSite, PROJECT_ROOT, Infinity);
    expect(first?.article).toMatchObject({ wordCount: 2300, readingMinutes: 10, summary: 'Kept.' });
  });

  it.each([
    { name: 'on this thread (the first half)', bad: 1 },
    { name: 'on the worker thread (the second half)', bad: 7 },
  ])('stops naming the file and the field of an article that cannot be made $name', async ({ bad }) => {
    const sources = storedArticles().map((s, i) => (i === bad ? { ...s, frontMatter: { ...s.frontMatter, date: '2024-02-30' } } : s));
    await expect(articlesFromSources(sources, testSite, PROJECT_ROOT, 2)).rejects.toThrow(new RegExp(`^story-${bad}\\.md: date: `));
  });
});
