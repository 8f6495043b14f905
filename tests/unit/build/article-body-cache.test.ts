import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../../support/temp-tree.ts';
import { articleBodyCacheFile, digestOfSources, openArticleBodyCache, pruneArticleBodyCache, renderThroughCache } from '../../../src/build/markdown/article-body-cache.ts';

// The content layer's digest of the article file's text stands for its Markdown.
const job = { id: 'harbour-reopens', filePath: '/site/content/articles/harbour-reopens.md', fileDigest: 'The harbour reopened on Monday.' };

describe('digestOfSources', () => {
  it('changes when any source file changes, and only then', () => {
    const root = folderWith({ 'src/markdown/rehype-a.ts': 'one', 'package-lock.json': '{}' });
    const before = digestOfSources(root);
    expect(digestOfSources(root)).toBe(before);
    writeFileSync(join(root, 'src/markdown/rehype-a.ts'), 'two');
    expect(digestOfSources(root)).not.toBe(before);
  });
});

describe('articleBodyCacheFile', () => {
  it('names no file without a cache (the dev server)', () => {
    expect(articleBodyCacheFile(undefined, job)).toBeUndefined();
  });

  it.each([
    ['the file’s text', { ...job, fileDigest: 'The harbour reopened on Tuesday.' }],
    ['the slug', { ...job, id: 'harbour-reopens-2' }],
    ['the file', { ...job, filePath: '/site/content/articles/other.md' }],
  ])('names another file when %s changes', (_what, changed) => {
    const cache = openArticleBodyCache(mkdtempSync(join(tmpdir(), 'dispatch-cache-')), digestOfSources(folderWith({ 'src/a.ts': 'a' })));
    expect(articleBodyCacheFile(cache, changed)).not.toBe(articleBodyCacheFile(cache, job));
  });

  it('names another file when the code changes', () => {
    const root = folderWith({ 'src/a.ts': 'a' });
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-cache-'));
    const before = articleBodyCacheFile(openArticleBodyCache(dir, digestOfSources(root)), job);
    writeFileSync(join(root, 'src/a.ts'), 'b');
    expect(articleBodyCacheFile(openArticleBodyCache(dir, digestOfSources(root)), job)).not.toBe(before);
  });
});

describe('renderThroughCache and pruneArticleBodyCache', () => {
  it('renders a body once, reads it back in the next build, and prunes what a build did not use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-cache-'));
    const root = folderWith({ 'src/a.ts': 'a' });
    let renders = 0;
    const render = (j: { fileDigest: string }) => {
      renders++;
      return Promise.resolve(`<p>${j.fileDigest}</p>`);
    };

    const cache = openArticleBodyCache(dir, digestOfSources(root));
    const first = { ...job, cacheFile: articleBodyCacheFile(cache, job) };
    const old = { ...job, fileDigest: 'An old version.', cacheFile: articleBodyCacheFile(cache, { ...job, fileDigest: 'An old version.' }) };
    expect(await renderThroughCache(first, render)).toBe('<p>The harbour reopened on Monday.</p>');
    await renderThroughCache(old, render);
    expect(pruneArticleBodyCache(cache)).toBe(0);

    const next = openArticleBodyCache(dir, digestOfSources(root));
    const again = { ...job, cacheFile: articleBodyCacheFile(next, job) };
    expect(await renderThroughCache(again, render)).toBe('<p>The harbour reopened on Monday.</p>');
    expect(renders).toBe(2);
    expect(pruneArticleBodyCache(next)).toBe(1);
    expect(existsSync(old.cacheFile ?? '')).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
