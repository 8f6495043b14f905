import type { z } from 'zod';
import { notTextMessage } from './article-schema.ts';
import type { ParsedFrontMatter } from './front-matter.ts';

/** One schema issue of a file's front matter, worded for the editor. */
export interface SchemaProblem {
  /** The field's path (`corrections.1.date`), or `front matter`. */
  readonly field: string;
  readonly message: string;
  /** The field's line, when the front matter has it. */
  readonly line?: number;
  /** True when the field was left out (so it has no line of its own). */
  readonly missing: boolean;
}

/**
 * The zod issues of a front matter (articles, profiles, fixed pages alike) as the editor reads
 * them: a field left out says what it needs (`missing`, by path, else "is required"), and a
 * value YAML did not read as text is shown as written (`007`, not 7).
 */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  data: Readonly<Record<string, unknown>>,
  parsed: Pick<ParsedFrontMatter, 'lineOf' | 'writtenAs'>,
  missing: ReadonlyMap<string, string>,
): SchemaProblem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    const field = path.length > 0 ? path.join('.') : 'front matter';
    const value = valueAt(data, path);
    const left = path.length > 0 && value === undefined;
    const notText = issue.message === notTextMessage(value) ? notTextMessage(value, parsed.writtenAs(field)) : undefined;
    const line = parsed.lineOf(field);
    return { field, message: left ? (missing.get(field) ?? 'is required') : (notText ?? issue.message), ...(line === undefined ? {} : { line }), missing: left };
  });
}

// Own properties only: a key such as `constructor` must not find Object's.
function valueAt(data: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
