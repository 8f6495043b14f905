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
