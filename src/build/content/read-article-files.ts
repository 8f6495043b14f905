import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, type Dirent } from 'node:fs';
import { appendAll } from '../../lib/append-all.ts';
import { join, relative, sep } from 'node:path';
import { articleBodyOf } from '../../lib/content/front-matter.ts';
import type { ArticleSource } from '../../lib/content/validate-articles.ts';
import type { ContentProblem } from '../../lib/content/problems.ts';

/** The glob, relative to the articles folder, of the files that are articles. */
export const ARTICLE_GLOB = '**/[!_]*.md';

// Files an editor may have meant as articles; anything else (images, notes) is left alone.
const LOOKS_LIKE_AN_ARTICLE = /\.(md|markdown|mdown|mkd|mdx|txt|html?)$/i;

// Folders of version control, never of articles: not walked for hidden articles.
const VERSION_CONTROL = new Set(['.git', '.hg', '.svn']);

/** What was found in the articles folder: the articles, and anything refused on the way. */
export interface ArticleFiles {
  readonly sources: ArticleSource[];
  readonly problems: ContentProblem[];
}

type Report = (path: string, message: string, severity: 'error' | 'warning') => void;

/** A folder of content files as messages name it: the folder, and one file in it ("an article", "the article"). */
export interface ContentFolderKind {
  readonly folder: string;
  readonly anItem: string;
  readonly theItem: string;
}

const ARTICLES: ContentFolderKind = { folder: 'articles folder', anItem: 'an article', theItem: 'the article' };

/**
 * Reads every article file under `dir` (any depth; names starting with `_` are not articles).
 * A missing or empty folder is a problem, never an empty site. Paths are reported relative
 * to `root` and sorted, so every machine reads them in the same order.
 *
 * Only real files and folders inside `dir` are read: a symbolic link is never followed, even
 * one that leads elsewhere inside the folder (its article would be published twice, or from
 * outside the content folder), so no link can loop; and nothing is left out without a word:
 * a linked article or folder, a hidden (`.name.md`) article, or a hidden folder holding
 * articles gets a warning naming it.
 */
export function readArticleFiles(dir: string, root: string): ArticleFiles {
  const listed = listArticleFiles(dir, root);
  const { sources, problems } = readListedFiles(listed, () => true);
  if (sources.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({ file: shownPath(root, dir), field: 'file', message: 'holds no article (*.md): the site would be empty', severity: 'error' });
  }
  return { sources, problems };
}

/** The Markdown files of a content folder, found but not read yet, and what was refused or passed over on the way. */
export interface ListedFiles {
  /** Each file as messages and entries name it (relative to the project root, with `/`), sorted. */
  readonly files: readonly string[];
  /** Each file's path, in the order of `files`. */
  readonly paths: readonly string[];
  readonly problems: ContentProblem[];
}

/**
 * The article files under `dir` by readArticleFiles' rules, without reading them: what a
 * shard of a sharded build checks against its plan before reading only the files it renders.
 * A missing folder is a problem.
 */
export function listArticleFiles(dir: string, root: string): ListedFiles {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const message = 'the articles folder does not exist: create it and put at least one article in it';
    return { files: [], paths: [], problems: [{ file: shownPath(root, dir), field: 'file', message, severity: 'error' }] };
  }
  return listMarkdownFiles(dir, root, ARTICLES);
}

/**
 * Reads the listed files `wanted` chooses (by the name in `files`), as readMarkdownFiles does:
 * a file that cannot be read, or is not UTF-8, is a problem. The problems of the listing come first.
 */
export function readListedFiles(listed: ListedFiles, wanted: (file: string) => boolean): ArticleFiles {
  const sources: ArticleSource[] = [];
  const problems = [...listed.problems];
  listed.files.forEach((file, i) => {
    if (!wanted(file)) return;
    const bytes = readBytes(listed.paths[i]!, (_path, message, severity) => problems.push({ file, field: 'file', message, severity }));
    if (bytes === undefined) return;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) {
      problems.push({ file, field: 'file', message: 'is not UTF-8 text: save it as UTF-8', severity: 'error' });
      return;
    }
    sources.push({ file, text });
  });
  return { sources, problems };
}

/**
 * Reads a folder of content that may be missing (author profiles, the fixed pages) by
 * readMarkdownFiles' rules: a missing folder holds nothing, which is fine; a folder that is a
 * link is refused, as a linked folder of articles is, since it could lead outside the content
 * folder; and so is a file where the folder should be.
 */
export function readOptionalContentFolder(dir: string, root: string, kind: ContentFolderKind): ArticleFiles {
  const shown = shownPath(root, dir);
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    return { sources: [], problems: [] };
  }
  if (stat.isSymbolicLink()) {
    const message = `is a symbolic link (to ${JSON.stringify(readLink(dir))}): nothing in it is read, since the build reads only real folders; move the folder itself here`;
    return { sources: [], problems: [{ file: shown, field: 'file', message, severity: 'error' }] };
  }
  if (!stat.isDirectory()) return { sources: [], problems: [{ file: shown, field: 'file', message: `is not a folder: ${kind.anItem} is a Markdown file inside it`, severity: 'error' }] };
  return readMarkdownFiles(dir, root, kind);
}

/**
 * Reads every Markdown file under the folder `dir`, which must exist, by readArticleFiles'
 * rules (real files only, `_` notes skipped, UTF-8, every file passed over named), for any
 * folder of content: articles, author profiles, the fixed pages. `kind` words the messages.
 */
export function readMarkdownFiles(dir: string, root: string, kind: ContentFolderKind = ARTICLES): ArticleFiles {
  return readListedFiles(listMarkdownFiles(dir, root, kind), () => true);
}

// The Markdown files under `dir` by readMarkdownFiles' rules, not read; files that look like
// articles but are not Markdown are refused here.
function listMarkdownFiles(dir: string, root: string, kind: ContentFolderKind): ListedFiles {
  const shown = (path: string) => shownPath(root, path);
  const files: string[] = [];
  const paths: string[] = [];
  const problems: ContentProblem[] = [];
  const report: Report = (path, message, severity) => problems.push({ file: shown(path), field: 'file', message, severity });
  for (const path of listFiles(dir, report, kind)) {
    const file = shown(path);
    const name = path.split(sep).pop() ?? path;
    if (/\.md$/.test(name)) {
      files.push(file);
      paths.push(path);
    } else if (LOOKS_LIKE_AN_ARTICLE.test(name)) {
      problems.push({
        file,
        field: 'file',
        message: `is not published: ${kind.anItem} must be a Markdown file ending in lower-case ".md" (start the name with "_" to keep a note here)`,
        severity: 'error',
      });
    }
  }
  return { files, paths, problems };
}

/**
 * The Markdown body of the article file at `path`, trimmed as pages print it. Bodies are read
 * from their files when needed rather than kept in the content store, which Astro holds
 * several copies of for the whole build.
 */
export function readArticleBody(path: string): string {
  const body = articleBodyOf(readFileSync(path, 'utf8'));
  if (body === undefined) throw new Error(`${path}: the article no longer starts with front matter`);
  return body.trim();
}

// The files (not notes) that may be articles, sorted; what is passed over gets its word here.
function listFiles(dir: string, report: Report, kind: ContentFolderKind): string[] {
  const files: string[] = [];
  for (const entry of readEntries(dir, report)) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('_') && !entry.isDirectory()) continue;
    if (entry.isSymbolicLink()) {
      const warning = linkWarning(path, entry.name, kind);
      if (warning !== undefined) report(path, warning, 'warning');
    } else if (entry.isDirectory()) {
      if (entry.name === 'node_modules') continue;
      if (entry.name.startsWith('.')) {
        const warning = VERSION_CONTROL.has(entry.name) ? undefined : hiddenFolderWarning(path);
        if (warning !== undefined) report(path, warning, 'warning');
      } else {
        appendAll(files, listFiles(path, report, kind));
      }
    } else if (entry.name.startsWith('.')) {
      if (LOOKS_LIKE_AN_ARTICLE.test(entry.name) && !isEditorLock(entry.name)) {
        report(path, `is hidden (its name starts with ".") and is not published: rename it to "${entry.name.replace(/^\.+/, '')}" to publish it, or to start with "_" to keep it as a note`, 'warning');
      }
    } else if (entry.isFile()) {
      files.push(path);
    } else if (LOOKS_LIKE_AN_ARTICLE.test(entry.name)) {
      report(path, 'is not a regular file (a pipe, socket or device) and is not published', 'warning');
    }
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function readEntries(dir: string, report: Report): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    report(dir, `the folder cannot be read (${errorCode(error)}): nothing in it is published`, 'error');
    return [];
  }
}

function readBytes(path: string, report: Report): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    report(path, `cannot be read (${errorCode(error)})`, 'error');
    return undefined;
  }
}

// Why a symbolic link in the articles folder is passed over, when it may hold articles.
function linkWarning(path: string, name: string, kind: ContentFolderKind): string | undefined {
  if (name.startsWith('_') || isEditorLock(name)) return undefined;
  const target = JSON.stringify(readLink(path));
  let folder = false;
  let broken: string | undefined;
  try {
    folder = statSync(path).isDirectory();
  } catch (error) {
    broken = errorCode(error) === 'ELOOP' ? 'that leads round in a loop' : 'that leads nowhere';
  }
  const why = `the build reads only the real files and folders in the ${kind.folder}`;
  if (folder) return `is a symbolic link to a folder (${target}): nothing in it is published, since ${why}; move the folder itself here`;
  if (!LOOKS_LIKE_AN_ARTICLE.test(name)) return undefined;
  if (broken !== undefined) return `is a symbolic link (to ${target}) ${broken}, and is not published`;
  return `is a symbolic link (to ${target}) and is not published, since ${why}: put ${kind.theItem} itself here`;
}

// A hidden folder is passed over; it gets a word only if it holds Markdown files.
function hiddenFolderWarning(folder: string): string | undefined {
  const found = hiddenMarkdownFiles(folder);
  if (found.length === 0) return undefined;
  const named =
    found
      .slice(0, 3)
      .map((file) => toPosix(relative(folder, file)))
      .join(', ') + (found.length > 3 ? ', …' : '');
  const count = found.length === 1 ? '1 Markdown file' : `${found.length} Markdown files`;
  return `is a hidden folder (its name starts with "."): its ${count} (${named}) ${found.length === 1 ? 'is' : 'are'} not published; rename the folder to publish ${found.length === 1 ? 'it' : 'them'}`;
}

// Links are not followed here either, so the walk ends.
function hiddenMarkdownFiles(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return VERSION_CONTROL.has(entry.name) ? [] : hiddenMarkdownFiles(path);
      return entry.isFile() && /\.md$/i.test(entry.name) && !entry.name.startsWith('_') ? [path] : [];
    })
    .sort();
}

// Emacs marks a file being edited with a `.#name` link beside it: not an article, nor a loss.
function isEditorLock(name: string): boolean {
  return name.startsWith('.#');
}

function readLink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

function errorCode(error: unknown): string {
  return error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

// A path as messages and entries name it: relative to the project root, with `/` (the root itself is ".").
function shownPath(root: string, path: string): string {
  return toPosix(relative(root, path)) || '.';
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
