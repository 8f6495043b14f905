import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { readSimpleYaml } from './simple-yaml.ts';

/** Front matter read from an article file, with where each field stands in the file. */
export interface ParsedFrontMatter {
  readonly data: Record<string, unknown>;
  /** 1-based line of a top-level field in the file. */
  readonly lineOf: (field: string) => number | undefined;
  readonly body: string;
  /** 1-based line where the body starts. */
  readonly bodyLine: number;
}

/** Why front matter could not be read. */
export interface FrontMatterError {
  readonly line?: number;
  readonly message: string;
}

const OPENING = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/**
 * Splits an article into YAML front matter and Markdown body and parses the YAML as
 * YAML 1.2 core: dates stay strings, so an impossible date is reported, not rolled over.
 */
export function parseFrontMatter(text: string): ParsedFrontMatter | FrontMatterError {
  const parts = splitFrontMatter(text);
  if ('message' in parts) return parts;
  const { opening, yamlText, body: afterClosing } = parts;
  const firstYamlLine = countLines(opening) + 1;
  const bodyLine = firstYamlLine + countLines(yamlText) + 1;

  // Nearly all front matter is one plain `field: value` a line; reading that by hand gives the
  // parser's result several times faster, which is most of a 10,000-article check.
  const simple = readSimpleYaml(yamlText);
  if (simple) {
    const lineOf = (field: string) => {
      const index = simple.lines.get(field.split('.')[0] ?? field);
      return index === undefined ? undefined : firstYamlLine + index;
    };
    return { data: simple.data, lineOf, body: afterClosing, bodyLine };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const offset = error.pos[0];
    return { line: firstYamlLine + lineCounter.linePos(offset).line - 1, message: `invalid YAML: ${firstSentence(error.message)}` };
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { line: firstYamlLine, message: 'the front matter must be a list of "field: value" lines' };
  }
  const lines = new Map<string, number>();
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (key !== undefined && start !== undefined) lines.set(key, firstYamlLine + lineCounter.linePos(start).line - 1);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  return {
    data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    lineOf: (field) => lines.get(field.split('.')[0] ?? field),
    body: afterClosing,
    bodyLine,
  };
}

/**
 * The Markdown body of an article file's text, exactly as parseFrontMatter splits it off,
 * without reading the YAML: for whoever needs only the body (the Markdown renderer, which
 * reads it from the file rather than from the content store). Undefined without front matter.
 */
export function articleBodyOf(text: string): string | undefined {
  const parts = splitFrontMatter(text);
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

function countLines(text: string): number {
  let lines = 0;
  for (const ch of text) if (ch === '\n') lines += 1;
  return lines;
}

function firstSentence(message: string): string {
  return message.split('\n')[0] ?? message;
}
