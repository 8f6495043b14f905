import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSiteContent, readSiteContentFiles } from '../../../src/build/content/site-content.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { pngBytes } from '../../support/picture-bytes.ts';
import { articleText, testSite } from './site.ts';

// Entries are `path: text or bytes` files or `path: { link }` symbolic links, under a fresh site folder.
type Entry = string | Uint8Array | { link: string };
let made: string[] = [];
afterEach(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made = [];
});

function site(entries: Record<string, Entry>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'dispatch-site-content-')));
  made.push(root);
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  for (const [path, entry] of Object.entries(entries)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof entry === 'object' && 'link' in entry) symlinkSync(entry.link, full);
    else writeFileSync(full, entry);
  }
  return root;
}

function checked(root: string) {
  const articlesDir = join(root, 'content/articles');
  const files = readSiteContentFiles(articlesDir, root);
  const check = checkSiteContent(files, [], testSite, { articlesDir, fileRoot: root, projectRoot: root });
  return { files, check, lines: check.problems.map(formatProblem) };
}

const profile = (extra: readonly string[] = []) => articleText(['name: Jane Doe', ...extra], 'Jane covers the courts.');

describe('reading profiles and pages beside the articles folder', () => {
  it('reads content/authors and content/pages, skipping notes, with paths from the root', () => {
    const { files, lines } = checked(site({ 'content/authors/jane-doe.md': profile(), 'content/authors/_template.md': 'notes', 'content/pages/about.md': articleText(['title: About'], 'Us.') }));
    expect(lines).toEqual([]);
    expect(files.sources.authors.map((s) => s.file)).toEqual(['content/authors/jane-doe.md']);
    expect(files.sources.pages.map((s) => s.file)).toEqual(['content/pages/about.md']);
  });

  it('finds nothing, and no problem, when neither folder exists', () => {
    const { files, lines } = checked(site({}));
    expect(files.sources).toEqual({ authors: [], pages: [] });
    expect(lines).toEqual([]);
  });

  it('reads nothing beside an articles folder of another name (a scratch copy, whose neighbours are not ours)', () => {
    const root = site({ 'scratch/authors/jane-doe.md': profile(), 'scratch/copy/a.md': 'x' });
    expect(readSiteContentFiles(join(root, 'scratch/copy'), root)).toEqual({ sources: { authors: [], pages: [] }, problems: [] });
  });

  it.each([
    [
      'a linked authors folder',
      { 'elsewhere/jane-doe.md': profile(), 'content/authors': { link: '../elsewhere' } },
      'content/authors: file: is a symbolic link (to "../elsewhere"): nothing in it is read',
    ],
    [
      'a linked profile',
      { 'elsewhere/jane-doe.md': profile(), 'content/authors/jane-doe.md': { link: '../../elsewhere/jane-doe.md' } },
      'content/authors/jane-doe.md: warning: file: is a symbolic link (to "../../elsewhere/jane-doe.md") and is not published, since the build reads only the real files and folders in the authors folder: put the profile itself here',
    ],
    [
      'a profile saved as text',
      { 'content/authors/jane-doe.txt': 'name: Jane' },
      'content/authors/jane-doe.txt: file: is not published: an author profile must be a Markdown file ending in lower-case ".md"',
    ],
    ['a pages "folder" that is a file', { 'content/pages': 'about' }, 'content/pages: file: is not a folder: a page is a Markdown file inside it'],
  ])('refuses %s, reading nothing through it', (_name, entries: Record<string, Entry>, expected) => {
    const { files, lines } = checked(site(entries));
    expect(files.sources.authors).toEqual([]);
    expect(lines.join('\n')).toContain(expected);
  });
});

describe('profile pictures, by the articles’ picture rules', () => {
  it('accepts a picture beside the profile, published as portrait.<ext> beside the author page', () => {
    const { check, lines } = checked(site({ 'content/authors/jane-doe.md': profile(['image: { src: Jane.PNG, alt: Jane Doe }']), 'content/authors/Jane.PNG': pngBytes(40, 30) }));
    expect(lines).toEqual([]);
    expect(check.pictures.get('jane-doe')).toMatchObject({ format: 'png', width: 40, height: 30, publishedName: 'portrait.png' });
  });

  it('leaves an https:// picture to structured data, unread', () => {
    const { check, lines } = checked(site({ 'content/authors/jane-doe.md': profile(['image: { src: "https://pics.example/jane.jpg", alt: Jane Doe }']) }));
    expect(lines).toEqual([]);
    expect(check.pictures.size).toBe(0);
    expect(check.validation.profiles).toHaveLength(1);
  });

  it.each([
    ['a missing file', {}, 'content/authors/jane-doe.md:3: image.src: "jane.png" does not exist'],
    [
      'a file outside the content folder',
      { 'private/jane.png': pngBytes(4, 4), 'content/authors/jane.png': { link: '../../private/jane.png' } },
      'content/authors/jane-doe.md:3: image.src: "jane.png" leads outside the folders pictures are published from',
    ],
    ['a file that is no picture', { 'content/authors/jane.png': 'not a picture' }, 'content/authors/jane-doe.md:3: image.src: "jane.png"'],
  ])('refuses %s, naming the file, line and field', (_name, entries: Record<string, Entry>, expected) => {
    const { check, lines } = checked(site({ ...entries, 'content/authors/jane-doe.md': profile(['image: { src: jane.png, alt: Jane Doe }']) }));
    expect(lines.join('\n')).toContain(expected);
    expect(check.validation.profiles).toEqual([]);
  });
});
