import { describe, expect, it } from 'vitest';
import { toArticleWithText } from '../../src/lib/article.ts';
import { ArticleFailure, forArticle } from '../../src/lib/for-article.ts';
import { testSite } from './content/site.ts';

const boom = new Error('boom');

describe('forArticle', () => {
  it.each([
    [
      'a step that throws',
      () =>
        forArticle('articles/a.md', 'body', () => {
          throw boom;
        }),
    ],
    ['a step whose promise rejects', () => forArticle('articles/a.md', 'body', () => Promise.reject(boom))],
    [
      'an async step that throws',
      () =>
        // eslint-disable-next-line @typescript-eslint/require-await -- the case under test: a step that is async yet throws.
        forArticle('articles/a.md', 'body', async () => {
          throw boom;
        }),
    ],
  ])('names the file and field of %s, keeping the cause', async (_name, run) => {
    const failure = await Promise.resolve()
      .then(run)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ArticleFailure);
    expect((failure as ArticleFailure).message).toBe('articles/a.md: body: boom');
    expect((failure as ArticleFailure).cause).toBe(boom);
    expect((failure as ArticleFailure).file).toBe('articles/a.md');
  });

  it('passes a value, or a promise’s, through', async () => {
    expect(forArticle('a.md', 'page', () => 42)).toBe(42);
    await expect(forArticle('a.md', 'page', () => Promise.resolve('html'))).resolves.toBe('html');
  });

  it.each([
    [
      'its own failure, named once',
      () =>
        forArticle('a.md', 'page', () =>
          forArticle('a.md', 'share links', () => {
            throw boom;
          }),
        ),
      'a.md: share links: boom',
    ],
    [
      'a failure that already names an article file',
      () =>
        forArticle('b.md', 'body', () => {
          throw new Error('a.md:12: date: not a date');
        }),
      'a.md:12: date: not a date',
    ],
    [
      'a thrown string',
      () =>
        forArticle('a.md', 'image', () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- the case under test: a step that throws a string.
          throw 'no such picture';
        }),
      'a.md: image: no such picture',
    ],
    [
      'a stack overflow, saying what it means',
      () =>
        forArticle('a.md', 'body', () => {
          throw new RangeError('Maximum call stack size exceeded');
        }),
      'a.md: body: nested too deep to process (the call stack overflowed)',
    ],
  ])('reports %s', (_name, run, message) => {
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as Error).message).toBe(message);
    }
  });
});

describe('toArticleWithText', () => {
  const entry = { slug: 'a', file: 'articles/a.md', body: 'Text.' };
  it.each([
    ['an unknown section', { title: 'T', date: '2024-01-01', section: 'gossip' }, 'articles/a.md: section: "gossip" is not a section of this site'],
    ['a date it cannot read', { title: 'T', date: 'soon' }, 'articles/a.md: date: '],
  ])('names the file and field of %s', (_name, frontMatter, message) => {
    expect(() => toArticleWithText({ ...entry, frontMatter }, testSite)).toThrow(message);
  });
});
