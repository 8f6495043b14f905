/** The checkers of `npm run validate`, each named in every problem it reports. */
export type CheckerName = 'vnu' | 'feeds' | 'sitemaps' | 'links' | 'head';

/** One thing wrong (or worth a warning) in one file of a built site. */
export interface ValidationProblem {
  /** Path of the file inside the built site, with `/` separators (`articles/x/index.html`). */
  readonly file: string;
  /** 1-based line in the file, when the problem has one. */
  readonly line?: number | undefined;
  readonly checker: CheckerName;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** What one checker did: how many files it read and what it found in them. */
export interface CheckerReport {
  readonly checker: CheckerName;
  /** Files checked (pages, feeds, sitemaps…). */
  readonly checked: number;
  readonly problems: readonly ValidationProblem[];
  /** Wall time from the checker's start to its report, when measured. */
  readonly elapsedMs?: number;
}

/** `path:line: checker: message` (`warning: ` before the message for warnings), with `prefix` before the path. */
export function formatValidationProblem(problem: ValidationProblem, prefix = ''): string {
  const where = problem.line === undefined ? `${prefix}${problem.file}` : `${prefix}${problem.file}:${problem.line}`;
  return `${where}: ${problem.checker}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

/** Orders problems by file, then line, so every run prints them the same way. */
export function sortValidationProblems(problems: readonly ValidationProblem[]): ValidationProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

/** Only the errors of some reports, for callers (tests, the command's exit status) that fail on errors alone. */
export function errorsOf(reports: readonly CheckerReport[]): ValidationProblem[] {
  return reports.flatMap((report) => report.problems.filter((p) => p.severity === 'error'));
}

/** The 1-based line of each offset of `text`, found by binary search over its line starts. */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
