import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { readArticleFiles } from '../../../src/build/content/read-article-files.ts';

// Entries are `path: text` files, `path: { link }` symbolic links, or `path: { fifo: true }`.
type Entry = string | { link: string } | { fifo: true };
let made: string[] = [];
afterEach(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made = [];
});

function tree(entries: Record<string, Entry>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'dispatch-passed-over-')));
  made.push(root);
  mkdirSync(join(root, 'articles'));
  for (const [path, entry] of Object.entries(entries)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof entry === 'string') writeFileSync(full, entry);
    else if ('link' in entry) symlinkSync(entry.link, full);
    else spawnSync('mkfifo', [full]);
  }
  return root;
}

const read = (root: string) => readArticleFiles(join(root, 'articles'), root);
const ok = { 'articles/real.md': 'real', 'outside/secret.md': 'secret', 'outside/more/b.md': 'b' };

describe('readArticleFiles: nothing passed over without a word', () => {
  it.each([
    [
      'a linked article inside the folder',
      { 'articles/link.md': { link: 'real.md' } },
      'articles/link.md: warning: file: is a symbolic link (to "real.md") and is not published, since the build reads only the real files and folders in the articles folder: put the article itself here',
    ],
    [
      'a linked article outside the folder',
      { 'articles/leak.md': { link: '../outside/secret.md' } },
      'articles/leak.md: warning: file: is a symbolic link (to "../outside/secret.md") and is not published',
    ],
    [
      'a linked folder outside the folder',
      { 'articles/more': { link: '../outside' } },
      'articles/more: warning: file: is a symbolic link to a folder ("../outside"): nothing in it is published, since the build reads only the real files and folders in the articles folder; move the folder itself here',
    ],
    ['a linked folder that loops back to its parent', { 'articles/again': { link: '.' } }, 'articles/again: warning: file: is a symbolic link to a folder (".")'],
    ['an article linked to itself', { 'articles/self.md': { link: 'self.md' } }, 'articles/self.md: warning: file: is a symbolic link (to "self.md") that leads round in a loop, and is not published'],
    [
      'a linked article that leads nowhere',
      { 'articles/gone.md': { link: 'nowhere.md' } },
      'articles/gone.md: warning: file: is a symbolic link (to "nowhere.md") that leads nowhere, and is not published',
    ],
    [
      'a hidden article',
      { 'articles/.hidden.md': 'x' },
      'articles/.hidden.md: warning: file: is hidden (its name starts with ".") and is not published: rename it to "hidden.md" to publish it, or to start with "_" to keep it as a note',
    ],
    ['a hidden article in a subfolder', { 'articles/2024/.draft.markdown': 'x' }, 'articles/2024/.draft.markdown: warning: file: is hidden'],
    [
      'a hidden folder of articles',
      { 'articles/.drafts/a.md': 'a', 'articles/.drafts/deep/b.md': 'b', 'articles/.drafts/c.md': 'c', 'articles/.drafts/d.md': 'd' },
      'articles/.drafts: warning: file: is a hidden folder (its name starts with "."): its 4 Markdown files (a.md, c.md, d.md, …) are not published; rename the folder to publish them',
    ],
    [
      'a hidden folder of one article',
      { 'articles/.old/a.md': 'a' },
      'articles/.old: warning: file: is a hidden folder (its name starts with "."): its 1 Markdown file (a.md) is not published; rename the folder to publish it',
    ],
    ['a pipe named like an article', { 'articles/pipe.md': { fifo: true } }, 'articles/pipe.md: warning: file: is not a regular file (a pipe, socket or device) and is not published'],
  ] as [string, Record<string, Entry>, string][])('warns of %s, naming it', (_name, entries, warning) => {
    const { sources, problems } = read(tree({ ...ok, ...entries }));
    expect(sources.map((s) => s.file)).toEqual(['articles/real.md']);
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining(warning)]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it.each([
    ['a linked picture (the picture check decides)', { 'articles/map.png': { link: '../outside/secret.md' } }],
    ['a linked note', { 'articles/_note.md': { link: '../outside/secret.md' } }],
    ['an editor’s lock file', { 'articles/.#real.md': { link: 'user@host.1234:1700000000' } }],
    ['a hidden file that is no article', { 'articles/.DS_Store': 'x' }],
    ['a hidden folder without articles', { 'articles/.obsidian/app.json': '{}' }],
    ['version control', { 'articles/.git/notes.md': 'x' }],
  ] as [string, Record<string, Entry>][])('says nothing of %s', (_name, entries) => {
    const { sources, problems } = read(tree({ ...ok, ...entries }));
    expect(sources.map((s) => s.file)).toEqual(['articles/real.md']);
    expect(problems).toEqual([]);
  });

  it('still refuses a folder whose only article is a link: the site would be empty', () => {
    const root = tree({ 'outside/a.md': 'a', 'articles/a.md': { link: '../outside/a.md' } });
    expect(read(root).problems.map(formatProblem)).toEqual([
      expect.stringContaining('articles/a.md: warning: file: is a symbolic link'),
      'articles: file: holds no article (*.md): the site would be empty',
    ]);
  });

  it('reads an articles folder that is itself a link, as configured', () => {
    const root = tree({ 'real-articles/a.md': 'a' });
    rmSync(join(root, 'articles'), { recursive: true });
    symlinkSync('real-articles', join(root, 'articles'));
    expect(read(root)).toEqual({ sources: [{ file: 'articles/a.md', text: 'a' }], problems: [] });
  });
});
