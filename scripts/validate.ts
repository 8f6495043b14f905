// npm run validate -- [DIR] [--checker NAME]… [--origin URL]
// Checks a built site (dist/ by default) as real clients read it: the Nu Html Checker over
// every page, every feed with two feed parsers, the sitemaps against their schemas, every
// link, and the head's metadata. Prints each problem as `path:line: checker: message`, then
// a summary per checker, and exits 1 on any error (warnings alone exit 0).
import { enableCompileCache } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// Cached compiled modules shorten the start-up.
enableCompileCache();
const { formatValidationProblem, sortValidationProblems } = await import('../src/build/validate/problem.ts');
const { CHECKERS, validateSite } = await import('../src/build/validate/validate-site.ts');
const { siteConfig } = await import('../src/site.config.ts');
type CheckerName = (typeof CHECKERS)[number];

const USAGE = `usage: npm run validate -- [DIR] [--checker ${CHECKERS.join('|')}]… [--origin URL]`;

function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: { checker: { type: 'string', multiple: true }, origin: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (error) {
    console.error(`validate: ${(error as Error).message}\n${USAGE}`);
    return process.exit(2);
  }
}

const { values, positionals } = readArgs();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length > 1) {
  console.error(`validate: one folder at most\n${USAGE}`);
  process.exit(2);
}
const unknown = (values.checker ?? []).filter((name) => !(CHECKERS as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`validate: no checker named ${unknown.join(', ')}\n${USAGE}`);
  process.exit(2);
}
// npm runs scripts from the project root; a folder is read from where the command was typed.
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const outDir = resolve(cwd, positionals[0] ?? join(import.meta.dirname, '..', 'dist'));
const shown = relative(cwd, outDir);
const prefix = shown === '' ? '' : shown.startsWith('..') ? `${outDir}/` : `${shown}/`;

let reports;
try {
  reports = await validateSite(outDir, { origin: values.origin ?? siteConfig.url, ...(values.checker ? { checkers: values.checker as CheckerName[] } : {}) });
} catch (error) {
  console.error(`validate: ${(error as Error).message}`);
  process.exit(2);
}
for (const problem of sortValidationProblems(reports.flatMap((r) => r.problems))) console.log(formatValidationProblem(problem, prefix));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
let failed = false;
console.log('');
for (const report of reports) {
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  failed ||= errors > 0;
  const seconds = report.elapsedMs === undefined ? '' : ` (${(report.elapsedMs / 1000).toFixed(1)} s)`;
  console.log(`${report.checker.padEnd(8)} ${plural(report.checked, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${seconds}`);
}
process.exit(failed ? 1 : 0);
