// npm run check:content [-- --dir PATH]
// Checks every article as the build does, without building: prints each problem as
// `file:line: field: message`, sorted by file and line, then a summary. Exits 1 on any error.
import { enableCompileCache } from 'node:module';
import { parse, relative } from 'node:path';
import { parseArgs } from 'node:util';

// Cached compiled modules shorten the start-up, which is most of a check's time.
enableCompileCache();
const { formatProblem, sortProblems } = await import('../src/lib/content/problems.ts');
const { readArticleFiles } = await import('../src/build/content/read-article-files.ts');
const { validateArticles } = await import('../src/lib/content/validate-articles.ts');
const { siteConfig } = await import('../src/site.config.ts');
const { contentDir } = await import('./support/content-dir.ts');
const { PROJECT_ROOT } = await import('./support/corpus.ts');
const { pictureClaims } = await import('../src/lib/pictures/picture-claims.ts');
const { checkArticlePictures, pictureCheckContext } = await import('../src/build/pictures/check-pictures.ts');
const { checkChangeNotes } = await import('../src/build/markdown/render-notes.ts');
const { checkSiteContent, readSiteContentFiles } = await import('../src/build/content/site-content.ts');

function readArgs() {
  try {
    return parseArgs({ options: { dir: { type: 'string' } } });
  } catch (error) {
    console.error(`check:content: ${(error as Error).message}\nusage: npm run check:content [-- --dir PATH]`);
    return process.exit(2);
  }
}

const { values } = readArgs();
const dir = contentDir(values.dir);
// Paths relative to where the editor is, or absolute for a folder elsewhere (a scratch copy).
const outside = relative(process.cwd(), dir).startsWith('..');
const root = outside ? parse(dir).root : process.cwd();
const read = readArticleFiles(dir, root);
const shown = (file: string) => (outside ? `${root}${file}` : file);
const sources = read.sources.map((source) => ({ ...source, file: shown(source.file) }));
const fileProblems = read.problems.map((problem) => ({ ...problem, file: shown(problem.file) }));
const validation = validateArticles(sources, siteConfig);
// The build's picture checks too; the shown paths are relative to here, or absolute.
const pictures = checkArticlePictures(pictureClaims(sources, validation), pictureCheckContext(PROJECT_ROOT, dir, process.cwd()));
// Author profiles and fixed pages beside the articles folder, and the bylines against the profiles.
const siteFiles = readSiteContentFiles(dir, root);
const shownAt = <T extends { readonly file: string }>(item: T): T => ({ ...item, file: shown(item.file) });
const siteContent = checkSiteContent(
  { sources: { authors: siteFiles.sources.authors.map(shownAt), pages: siteFiles.sources.pages.map(shownAt) }, problems: siteFiles.problems.map(shownAt) },
  validation.articles,
  siteConfig,
  { articlesDir: dir, fileRoot: process.cwd(), projectRoot: PROJECT_ROOT },
);
// Corrections' and updates' text the build's note renderer would refuse.
const notes = await checkChangeNotes(validation.articles);
const all = sortProblems([...fileProblems, ...validation.problems, ...pictures.problems, ...siteContent.problems, ...notes]);
for (const problem of all) console.log(formatProblem(problem));
const errors = all.filter((p) => p.severity === 'error').length;
const warnings = all.length - errors;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(`${plural(sources.length, 'article')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
process.exit(errors > 0 ? 1 : 0);
