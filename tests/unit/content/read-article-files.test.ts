import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { listArticleFiles, readArticleBody, readArticleFiles, readListedFiles } from '../../../src/build/content/read-article-files.ts';
import { parseFrontMatter } from '../../../src/lib/content/front-matter.ts';

function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'dispatch-read-'));
  for (const [name, text] of Object.entries(files)) {
    const path = join(root, 'articles', name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  mkdirSync(join(root, 'articles'), { recursive: true });
  return root;
}

describe('readArticleFiles', () => {
  it('reads articles at any depth, sorted, skipping notes and images', () => {
    const root = folder({ 'b.md': 'b', '2023/09/a.md': 'a', '_template.md': 'x', 'photo.jpg': 'x', 'sub/_notes.md': 'x' });
    const { sources, problems } = readArticleFiles(join(root, 'articles'), root);
    expect(problems).toEqual([]);
    expect(sources.map((s) => s.file)).toEqual(['articles/2023/09/a.md', 'articles/b.md']);
  });

  it('refuses a missing folder instead of building an empty site', () => {
    const root = folder({});
    const { problems } = readArticleFiles(join(root, 'nowhere'), root);
    expect(problems.map(formatProblem)).toEqual(['nowhere: file: the articles folder does not exist: create it and put at least one article in it']);
  });

  it('refuses a folder with no article', () => {
    const root = folder({ '_notes.md': 'x' });
    expect(readArticleFiles(join(root, 'articles'), root).problems.map(formatProblem)).toEqual(['articles: file: holds no article (*.md): the site would be empty']);
  });

  it.each([['story.markdown'], ['story.MD'], ['story.txt'], ['story.mdx']])('refuses %s loudly rather than skipping it', (name) => {
    const root = folder({ [name]: 'x', 'ok.md': 'y' });
    expect(readArticleFiles(join(root, 'articles'), root).problems.map(formatProblem)).toEqual([expect.stringContaining(`articles/${name}: file: is not published`)]);
  });

  it('refuses a file that is not UTF-8', () => {
    const root = folder({ 'latin1.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0xe9, 0x0a]) });
    expect(readArticleFiles(join(root, 'articles'), root).problems.map(formatProblem)).toEqual(['articles/latin1.md: file: is not UTF-8 text: save it as UTF-8']);
  });
});

describe('listArticleFiles and readListedFiles: a shard lists every article and reads only its own', () => {
  it('lists what readArticleFiles reads, and reads only the files asked for', () => {
    const root = folder({ 'b.md': 'b', '2023/a.md': 'a', 'c.md': Buffer.from([0xe9]), '_notes.md': 'x', 'story.txt': 'x' });
    const listed = listArticleFiles(join(root, 'articles'), root);
    expect(listed.files).toEqual(['articles/2023/a.md', 'articles/b.md', 'articles/c.md']);
    expect(listed.problems.map(formatProblem)).toEqual([expect.stringContaining('articles/story.txt: file: is not published')]);
    const read = readListedFiles(listed, (file) => file !== 'articles/b.md');
    expect(read.sources).toEqual([{ file: 'articles/2023/a.md', text: 'a' }]);
    // A file read is checked as readArticleFiles checks it; one not read is not.
    expect(read.problems.map(formatProblem)).toEqual([expect.stringContaining('articles/story.txt'), 'articles/c.md: file: is not UTF-8 text: save it as UTF-8']);
  });

  it('names a missing folder', () => {
    const root = folder({});
    expect(listArticleFiles(join(root, 'nowhere'), root).problems.map(formatProblem)).toEqual(['nowhere: file: the articles folder does not exist: create it and put at least one article in it']);
  });
});

describe('readArticleBody', () => {
  it('reads the body the content check parsed, trimmed, without the front matter', () => {
    const text = '\uFEFF---\ntitle: "Harbour reopens"\nsection: world\n---\n\nThe harbour reopened.\n\n---\n\nA rule above.\n\n';
    const root = folder({ 'harbour.md': text });
    const parsed = parseFrontMatter(text);
    expect('body' in parsed && parsed.body.trim()).toBe('The harbour reopened.\n\n---\n\nA rule above.');
    expect(readArticleBody(join(root, 'articles/harbour.md'))).toBe('The harbour reopened.\n\n---\n\nA rule above.');
  });

  it('refuses a file that lost its front matter since it was checked', () => {
    const root = folder({ 'bare.md': 'Just text.' });
    expect(() => readArticleBody(join(root, 'articles/bare.md'))).toThrow(/bare\.md: the article no longer starts with front matter/);
  });
});
