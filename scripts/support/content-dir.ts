import { isAbsolute, relative, resolve } from 'node:path';
import { siteConfig } from '../../src/site.config.ts';
import { PROJECT_ROOT } from './corpus.ts';

/**
 * The articles folder an editors' command works on: `--content-dir` when given (tests point
 * it at a temporary folder), else the folder the build reads.
 */
export function contentDir(option: string | undefined): string {
  if (option !== undefined) return resolve(option);
  const configured = process.env['DISPATCH_CONTENT_DIR'] ?? siteConfig.contentDir;
  return isAbsolute(configured) ? configured : resolve(PROJECT_ROOT, configured);
}

/** A path as the editor should see it: relative to where they ran the command when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel.split('\\').join('/');
}
