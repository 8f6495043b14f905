import { findForbiddenCharacters, hasForbiddenCharacters, stripForbiddenCharacters, type ForbiddenCharacter } from '../text/xml-characters.ts';
import { cleanTextValues, removedMessage } from './clean-text-values.ts';
import { readYamlDocument } from './read-yaml-document.ts';
import { readSimpleYaml } from './simple-yaml.ts';

/** Front matter read from an article file, with where each field stands in the file. */
export interface ParsedFrontMatter {
  readonly data: Record<string, unknown>;
  /** 1-based line of a field in the file: its own (`image.src`, `corrections.1.date`) when the file has it, else that of the nearest field holding it. */
  readonly lineOf: (field: string) => number | undefined;
  /**
   * How the editor wrote a value YAML did not read as text, by path (`title`, `tags.1`):
   * `007` for the number 7, `~` for null, `''` for a field left empty.
   */
  readonly writtenAs: (path: string) => string | undefined;
  readonly body: string;
  /** 1-based line where the body starts. */
  readonly bodyLine: number;
  /** What was changed on the way in (characters removed, bidi controls balanced), to be reported as warnings. */
  readonly warnings: readonly FrontMatterWarning[];
}

/** Why front matter could not be read. */
export interface FrontMatterError {
  readonly line?: number;
  readonly message: string;
}

/** Something changed in an article file on the way in: a warning for the editor. */
export interface FrontMatterWarning {
  readonly line?: number;
  /** The field (`title`, `tags.2`), or `front matter` or `body`. */
  readonly field: string;
  readonly message: string;
}

const OPENING = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n/;
// Only a line feed ends a line here, as in the line numbers: not a lone CR nor U+2028.
const CLOSING = /(?<=^|\n)---[ \t]*(?=\r?\n|$)/;
// Characters found beyond these are reported together.
const MAX_REPORTED_CHARACTERS = 20;
// Every character the helpers forbid, and any surrogate (astral noncharacters, lone halves):
// without Unicode properties, this scans a long body several times faster than they do, so
// only a file it matches (one with an emoji, say) is scanned by them.
const MAYBE_FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/**
 * Splits an article into YAML front matter and Markdown body and parses the YAML as
 * YAML 1.2 core: dates stay strings, so an impossible date is reported, not rolled over.
 * Characters XML and HTML forbid are removed from the whole file first (articleBodyOf
 * removes them alike), and from values YAML escapes produce, each with a warning.
 */
export function parseFrontMatter(text: string): ParsedFrontMatter | FrontMatterError {
  const forbidden = MAYBE_FORBIDDEN.test(text) && hasForbiddenCharacters(text) ? findForbiddenCharacters(text, MAX_REPORTED_CHARACTERS + 1) : [];
  const parts = splitFrontMatter(forbidden.length > 0 ? stripForbiddenCharacters(text) : text);
  if ('message' in parts) return parts;
  const { opening, yamlText, body } = parts;
  const firstYamlLine = countLines(opening) + 1;
  const bodyLine = firstYamlLine + countLines(yamlText) + 1;

  // Nearly all front matter is one plain `field: value` a line; reading that by hand gives the
  // parser's result several times faster, which is most of a 10,000-article check.
  const fields = readSimpleYaml(yamlText) ?? readYamlDocument(yamlText);
  if ('message' in fields) return { line: firstYamlLine + fields.line, message: fields.message };
  const { data, lines, written } = fields;
  // The line of the field itself when known (`corrections.1.date`), else of the nearest field holding it.
  const lineOf = (field: string) => {
    const path = field.split('.');
    for (let depth = path.length; depth > 0; depth--) {
      const index = lines.get(path.slice(0, depth).join('.'));
      if (index !== undefined) return firstYamlLine + index;
    }
    return undefined;
  };
  const warnings: FrontMatterWarning[] = forbiddenWarnings(forbidden, (line) => {
    if (line >= bodyLine) return 'body';
    if (line < firstYamlLine || line === bodyLine - 1) return 'front matter';
    return fieldAt(lines, line - firstYamlLine) ?? 'front matter';
  });
  for (const change of cleanTextValues(data)) warnings.push({ ...lineIn(lineOf(change.path)), field: change.path, message: change.message });
  return { data, lineOf, writtenAs: (path) => written.get(path), body, bodyLine, warnings };
}

/**
 * The Markdown body of an article file's text, exactly as parseFrontMatter splits it off
 * (forbidden characters removed alike), without reading the YAML: for whoever needs only
 * the body (the Markdown renderer, which reads it from the file rather than from the
 * content store). Undefined without front matter.
 */
export function articleBodyOf(text: string): string | undefined {
  const parts = splitFrontMatter(MAYBE_FORBIDDEN.test(text) ? stripForbiddenCharacters(text) : text);
  return 'message' in parts ? undefined : parts.body;
}

// One way of finding the front matter, so the body parseFrontMatter validates is the one rendered.
function splitFrontMatter(text: string): { opening: string; yamlText: string; body: string } | FrontMatterError {
  const opening = OPENING.exec(text);
  if (!opening) return { line: 1, message: 'the file must start with front matter between two "---" lines' };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { line: 1, message: 'the front matter has no closing "---" line' };
  return { opening: opening[0], yamlText: rest.slice(0, closing.index), body: rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '') };
}

/** True when parseFrontMatter failed. */
export function isFrontMatterError(value: ParsedFrontMatter | FrontMatterError): value is FrontMatterError {
  return !('data' in value);
}

// One warning a line, naming the field that stands there; what lies beyond the limit in one more.
function forbiddenWarnings(found: readonly ForbiddenCharacter[], fieldOnLine: (line: number) => string): FrontMatterWarning[] {
  const byLine = new Map<number, Set<string>>();
  for (const character of found.slice(0, MAX_REPORTED_CHARACTERS)) byLine.set(character.line, (byLine.get(character.line) ?? new Set()).add(character.codePoint));
  const warnings = [...byLine].map(([line, codePoints]) => ({ line, field: fieldOnLine(line), message: removedMessage([...codePoints]) }));
  const beyond = found[MAX_REPORTED_CHARACTERS];
  if (beyond) warnings.push({ line: beyond.line, field: fieldOnLine(beyond.line), message: `removed more such characters from here on` });
  return warnings;
}

// The top-level field whose value runs over a 0-based line of the YAML: the last one to start by then.
function fieldAt(lines: ReadonlyMap<string, number>, index: number): string | undefined {
  let field: string | undefined;
  let start = -1;
  for (const [name, line] of lines) {
    if (line <= index && line > start) {
      field = name;
      start = line;
    }
  }
  return field;
}

function lineIn(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}

/** Reports one problem of a file: its field, message, line and severity. */
export type ReportProblem = (field: string, message: string, line?: number, severity?: 'error' | 'warning') => void;

/**
 * A file's front matter read for its schema (articles, profiles, fixed pages alike): what could
 * not be read and every warning go to `report`; a field left empty is left out, while the word
 * `null` or `~` stays, to be refused where text is meant. Undefined when it cannot be read.
 */
export function readFrontMatterFields(text: string, report: ReportProblem): { parsed: ParsedFrontMatter; data: Record<string, unknown> } | undefined {
  const parsed = parseFrontMatter(text);
  if (isFrontMatterError(parsed)) {
    report('front matter', parsed.message, parsed.line);
    return undefined;
  }
  for (const warning of parsed.warnings) report(warning.field, warning.message, warning.line, 'warning');
  const data = Object.fromEntries(Object.entries(parsed.data).filter(([key, v]) => v !== null || (parsed.writtenAs(key) ?? '') !== ''));
  return { parsed, data };
}
