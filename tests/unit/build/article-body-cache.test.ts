import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderWith } from '../../support/temp-tree.ts';
import { articleBodyCacheFile, digestOfSources, openArticleBodyCache, pruneArticleBodyCache, renderThroughCache } from '../../../src/build/markdown/article-body-cache.ts';

// The content layer's digest of the article file's text stands for its Markdown.
const job = { id: 'harbour-reopens', filePath: '/site/content/articles/harbour-reopens.md', fileDigest: 'The harbour reopened on Monday.' };

afterEach(() => {
  pruneArticleBodyCache();
});

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
  it('names no file when no build is running (the dev server)', () => {
    expect(articleBodyCacheFile(job)).toBeUndefined();
  });

  it.each([
    ['the file’s text', { ...job, fileDigest: 'The harbour reopened on Tuesday.' }],
    ['the slug', { ...job, id: 'harbour-reopens-2' }],
    ['the file', { ...job, filePath: '/site/content/articles/other.md' }],
  ])('names another file when %s changes', (_what, changed) => {
    openArticleBodyCache(mkdtempSync(join(tmpdir(), 'dispatch-cache-')), folderWith({ 'src/a.ts': 'a' }));
    expect(articleBodyCacheFile(changed)).not.toBe(articleBodyCacheFile(job));
  });

  it('names another file when the code changes', () => {
    const root = folderWith({ 'src/a.ts': 'a' });
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-cache-'));
    openArticleBodyCache(dir, root);
    const before = articleBodyCacheFile(job);
    writeFileSync(join(root, 'src/a.ts'), 'b');
    openArticleBodyCache(dir, root);
    expect(articleBodyCacheFile(job)).not.toBe(before);
  });
});

describe('renderThroughCache and pruneArticleBodyCache', () => {
  it('renders a body once, reads it back in the next build, and prunes what a build did not use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-cache-'));
    const root = folderWith({ 'src/a.ts': 'a' });
    let renders = 0;
    const render = async (j: { fileDigest: string }) => {
      renders++;
      return `<p>${j.fileDigest}</p>`;
    };

    openArticleBodyCache(dir, root);
    const first = { ...job, cacheFile: articleBodyCacheFile(job) };
    const old = { ...job, fileDigest: 'An old version.', cacheFile: articleBodyCacheFile({ ...job, fileDigest: 'An old version.' }) };
    expect(await renderThroughCache(first, render)).toBe('<p>The harbour reopened on Monday.</p>');
    await renderThroughCache(old, render);
    expect(pruneArticleBodyCache()).toBe(0);

    openArticleBodyCache(dir, root);
    const again = { ...job, cacheFile: articleBodyCacheFile(job) };
    expect(await renderThroughCache(again, render)).toBe('<p>The harbour reopened on Monday.</p>');
    expect(renders).toBe(2);
    expect(pruneArticleBodyCache()).toBe(1);
    expect(existsSync(old.cacheFile ?? '')).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
