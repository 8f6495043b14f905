import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { articleBodyOf } from './front-matter.ts';
import type { ArticleSource } from './validate-articles.ts';
import type { ContentProblem } from './problems.ts';

/** The glob, relative to the articles folder, of the files that are articles. */
export const ARTICLE_GLOB = '**/[!_]*.md';

// Files an editor may have meant as articles; anything else (images, notes) is left alone.
const LOOKS_LIKE_AN_ARTICLE = /\.(markdown|mdown|mkd|mdx|txt|html?)$/i;

/** What was found in the articles folder: the articles, and anything refused on the way. */
export interface ArticleFiles {
  readonly sources: ArticleSource[];
  readonly problems: ContentProblem[];
}

/**
 * Reads every article file under `dir` (any depth; names starting with `_` are not articles).
 * A missing or empty folder is a problem, never an empty site. Paths are reported relative
 * to `root` and sorted, so every machine reads them in the same order.
 */
export function readArticleFiles(dir: string, root: string): ArticleFiles {
  const shown = toPosix(relative(root, dir)) || '.';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { sources: [], problems: [{ file: shown, field: 'file', message: 'the articles folder does not exist: create it and put at least one article in it', severity: 'error' }] };
  }
  const sources: ArticleSource[] = [];
  const problems: ContentProblem[] = [];
  for (const path of listFiles(dir)) {
    const file = toPosix(relative(root, path));
    const name = path.split(sep).pop() ?? path;
    if (name.startsWith('_') || name.startsWith('.')) continue;
    if (/\.md$/.test(name)) {
      const bytes = readFileSync(path);
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) {
        problems.push({ file, field: 'file', message: 'is not UTF-8 text: save it as UTF-8', severity: 'error' });
        continue;
      }
      sources.push({ file, text });
    } else if (/\.md$/i.test(name) || LOOKS_LIKE_AN_ARTICLE.test(name)) {
      problems.push({ file, field: 'file', message: 'is not published: an article must be a Markdown file ending in lower-case ".md" (start the name with "_" to keep a note here)', severity: 'error' });
    }
  }
  if (sources.length === 0 && problems.length === 0) {
    problems.push({ file: shown, field: 'file', message: 'holds no article (*.md): the site would be empty', severity: 'error' });
  }
  return { sources, problems };
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

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') files.push(...listFiles(path));
    } else if (entry.isFile()) {
      files.push(path);
    }
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
