import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckerReport, ValidationProblem } from './problem.ts';

/** Where the Nu Html Checker is: the jar the `vnu-jar` package ships. */
export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** How to get Java when there is none, in every message that says so. */
export const JAVA_INSTALL_HINT = "install Debian's Java with `apt-get install -y default-jre-headless` (.ci/run does), or set JAVA_HOME";

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The `java` to run: `$JAVA_HOME/bin/java`, else the first on `PATH`, else Debian's `/usr/bin/java`; `undefined` when there is none. */
export function findJava(env: NodeJS.ProcessEnv = process.env, fallback = '/usr/bin/java'): string | undefined {
  const candidates = [
    ...(env['JAVA_HOME'] ? [join(env['JAVA_HOME'], 'bin', 'java')] : []),
    ...(env['PATH'] ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, 'java')),
    fallback,
  ];
  return candidates.find(isExecutable);
}

/** One message of vnu's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface VnuMessage {
  readonly type: 'error' | 'info' | 'non-document-error';
  readonly subType?: string;
  readonly url?: string;
  readonly firstLine?: number;
  readonly lastLine?: number;
  readonly message: string;
  readonly extract?: string;
  readonly hiliteStart?: number;
  readonly hiliteLength?: number;
}

/**
 * vnu warnings that are wrong about a site checked as files, each with why:
 * - its Content-Security-Policy check of external resources reads the page's origin as
 *   `file:`, which no `'self'` matches, so every same-site script and stylesheet is
 *   "blocked"; a resource on another origin is still reported;
 * - it applies `script-src` to data blocks (`<script type="application/ld+json">`), which
 *   browsers never run, so CSP does not govern them.
 * The browser tests check the policy in Chromium (tests/e2e/content-security-policy.test.ts).
 */
export function isKnownFalsePositive(message: VnuMessage, siteOrigin: string): boolean {
  if (message.type !== 'info') return false;
  const external = /^Resource violates Content Security Policy \(meta tag\): external \w+ [“"]([^”"]*)[”"]/.exec(message.message);
  if (external) {
    const url = external[1] ?? '';
    const relativeUrl = !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');
    return relativeUrl || url.startsWith(`${siteOrigin}/`);
  }
  if (/^Inline script violates Content Security Policy/.test(message.message)) {
    const tag = (message.extract ?? '').slice(message.hiliteStart ?? 0, (message.hiliteStart ?? 0) + (message.hiliteLength ?? 0));
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    return type !== undefined && !/(java|ecma)script|^module$/.test(type);
  }
  return false;
}

/** Runs a command to its end, keeping what it wrote. */
function run(command: string, args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => resolve({ status: null, stdout, stderr, error }));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Checks every `.html` file under `outDir` with the Nu Html Checker (the W3C's validator), in
 * one Java run over the folder. Errors fail; warnings are kept as warnings; info messages and
 * the known false positives above are left out.
 */
export async function checkWithNuHtmlChecker(outDir: string, options: { readonly siteOrigin: string; readonly pages: number; readonly java?: () => string | undefined }): Promise<CheckerReport> {
  const report = (problems: ValidationProblem[]): CheckerReport => ({ checker: 'vnu', checked: options.pages, problems });
  const java = (options.java ?? findJava)();
  if (java === undefined) return report([{ file: '.', checker: 'vnu', message: `Java is not installed, and the Nu Html Checker (vnu.jar) runs on it: ${JAVA_INSTALL_HINT}`, severity: 'error' }]);
  // `--stdout` puts the JSON on stdout; stderr keeps the JVM's own complaints, if any.
  const result = await run(java, ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--skip-info-messages', '--skip-non-html', outDir]);
  if (result.error) return report([{ file: '.', checker: 'vnu', message: `could not run ${java}: ${result.error.message}: ${JAVA_INSTALL_HINT}`, severity: 'error' }]);
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(result.stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    return report([{ file: '.', checker: 'vnu', message: `vnu.jar exited with ${result.status} and no JSON report: ${`${result.stderr}${result.stdout}`.trim().slice(0, 2000)}`, severity: 'error' }]);
  }
  const problems: ValidationProblem[] = [];
  for (const message of messages) {
    if (isKnownFalsePositive(message, options.siteOrigin)) continue;
    let file = '.';
    if (message.url?.startsWith('file:')) file = relative(outDir, fileURLToPath(message.url)).split(sep).join('/');
    const line = message.firstLine ?? message.lastLine;
    const severity = message.type === 'info' ? 'warning' : 'error';
    problems.push({ file, line, checker: 'vnu', message: message.message, severity });
  }
  return report(problems);
}
