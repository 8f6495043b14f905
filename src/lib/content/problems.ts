/** One thing wrong (or worth a warning) in one article file. */
export interface ContentProblem {
  /** Path of the file, relative to the project root where possible. */
  readonly file: string;
  /** 1-based line in the file, when the problem has one. */
  readonly line?: number;
  /** The front-matter field (`date`, `image.alt`), or `file`/`body`/`front matter`. */
  readonly field: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** A problem in `file`, at `line` when it has one: an error unless `severity` says otherwise. */
export function contentProblem(file: string, line: number | undefined, field: string, message: string, severity: ContentProblem['severity'] = 'error'): ContentProblem {
  return { file, ...(line === undefined ? {} : { line }), field, message, severity };
}

/** `file:line: field: message`, the form editors' tools and compilers print. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${prefix}${problem.field}: ${problem.message}`;
}

/** Orders problems by file, then line, so every run prints them the same way. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

/** How many warnings a build prints one a line before it sums up the rest. */
export const WARNINGS_SHOWN = 100;

/**
 * The build log's lines for content warnings: the first `shown` (by file and line), one a
 * line, then one line that counts the rest by field and names the command that lists them
 * all. An imported archive can warn about every article (a field the format does not have,
 * a headline used before); a hundred thousand lines would bury the rest of the build's log.
 * Errors are never cut short: they refuse the build and are all listed.
 */
export function warningLines(warnings: readonly ContentProblem[], shown: number = WARNINGS_SHOWN): string[] {
  const sorted = sortProblems(warnings);
  const lines = sorted.slice(0, shown).map(formatProblem);
  const rest = sorted.slice(shown);
  if (rest.length === 0) return lines;
  const byField = new Map<string, number>();
  for (const problem of rest) byField.set(problem.field, (byField.get(problem.field) ?? 0) + 1);
  const fields = [...byField].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([field, count]) => `${field}: ${count.toLocaleString('en')}`);
  const files = new Set(rest.map((problem) => problem.file)).size;
  const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`… and ${plural(rest.length, 'more warning')} in ${plural(files, 'file')} (${fields.join(', ')}): \`npm run check:content\` lists every one`);
  return lines;
}

/** The error a build or a check throws when content is invalid: every problem, one a line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const files = new Set(errors.map((p) => p.file)).size;
    super(`${errors.length} problem${errors.length === 1 ? '' : 's'} in ${files} article file${files === 1 ? '' : 's'}:\n` + sortProblems(errors).map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
