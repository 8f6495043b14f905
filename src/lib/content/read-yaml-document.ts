import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** Top-level fields read by the YAML library, as readSimpleYaml gives them. */
export interface YamlFields {
  readonly data: Record<string, unknown>;
  /** 0-based line of each field, top-level (`image`) and nested (`corrections.1.date`). */
  readonly lines: Map<string, number>;
  /** How each value YAML did not read as text was written (`007`, `1e400`, `~`, or `''` when empty), by path (`tags.1`). */
  readonly written: Map<string, string>;
}

/** Why the YAML was refused, with the 0-based line it stands on. */
export interface YamlRefusal {
  readonly line: number;
  readonly message: string;
}

// How many times anchored values may be copied in: far more than any article needs, far less
// than a "billion laughs" document, which grows exponentially with each level of aliases.
const MAX_ALIAS_COUNT = 50;
const STRING_TAGS = new Set(['tag:yaml.org,2002:str', '!']);

/**
 * Reads front matter with the YAML library as YAML 1.2 core (dates stay text), refusing what
 * the article format has no use for and would change silently: tags other than `!!str`
 * (`!!binary` gives bytes, `!!timestamp` a date at midnight UTC, `!!js/function` is ignored),
 * keys that are not text, duplicate keys, several documents, the library's warnings, and
 * anchors whose aliases expand beyond reason. Never throws: any failure is a refusal.
 */
export function readYamlDocument(text: string): YamlFields | YamlRefusal {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number | undefined) => (offset === undefined ? 0 : lineCounter.linePos(offset).line - 1);
  try {
    const doc = parseDocument(text, { schema: 'core', lineCounter, uniqueKeys: true, stringKeys: true, prettyErrors: false });
    const error = doc.errors[0];
    if (error) {
      const why = error.code === 'RESOURCE_EXHAUSTION' ? 'it is nested too deeply' : firstLine(error.message);
      return { line: lineAt(error.pos[0]), message: `invalid YAML: ${why}` };
    }
    if (doc.contents !== null && !isMap(doc.contents)) {
      return { line: lineAt(doc.contents.range?.[0]), message: 'the front matter must be a list of "field: value" lines' };
    }
    const walked = walk(doc, text);
    if ('message' in walked) return { line: lineAt(walked.offset), message: walked.message };
    const warning = doc.warnings[0];
    if (warning) return { line: lineAt(warning.pos[0]), message: `invalid YAML: ${firstLine(warning.message)}` };
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (thrown) {
      // The yaml library throws a ReferenceError for a "billion laughs" document.
      if (thrown instanceof ReferenceError && /alias/i.test(thrown.message)) {
        return { line: lineAt(walked.firstAlias), message: `the aliases (*name) copy their anchored values in more than ${MAX_ALIAS_COUNT} times: write the values out` };
      }
      throw thrown;
    }
    const lines = new Map<string, number>();
    for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
      if (isScalar(pair.key)) lines.set(String(pair.key.value), lineAt(pair.key.range?.[0]));
    }
    for (const [path, offset] of walked.nestedOffsets) lines.set(path, lineAt(offset));
    return { data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {}, lines, written: walked.written };
  } catch (thrown) {
    // Deep nesting overflows the stack, and nothing in one file may stop the others being checked.
    const why = thrown instanceof RangeError ? 'it is nested too deeply' : firstLine(thrown instanceof Error ? thrown.message : String(thrown));
    return { line: 0, message: `the front matter cannot be read: ${why}` };
  }
}

interface Walked {
  readonly written: Map<string, string>;
  /** Where each nested value starts (`corrections.1`, `corrections.1.date`), so a message can name its line. */
  readonly nestedOffsets: Map<string, number>;
  readonly firstAlias: number | undefined;
}

// Every node once: tags, and how each value that is not text was written, by its path.
function walk(doc: Document, text: string): Walked | { offset: number | undefined; message: string } {
  const written = new Map<string, string>();
  const nestedOffsets = new Map<string, number>();
  const startsAt = (path: string, offset: number | undefined) => {
    if (path.includes('.') && offset !== undefined) nestedOffsets.set(path, offset);
  };
  let firstAlias: number | undefined;
  const stack: { node: unknown; path: string }[] = [{ node: doc.contents, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() ?? { node: null, path: '' };
    if (node === null || typeof node !== 'object') continue;
    if (isAlias(node)) {
      firstAlias = Math.min(firstAlias ?? Infinity, node.range?.[0] ?? Infinity);
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    if (node.tag !== undefined && !STRING_TAGS.has(node.tag)) {
      return { offset: node.range?.[0], message: `the YAML tag ${shortTag(node.tag)} is not part of the article format: remove it (put a value in quotes to keep it as text)` };
    }
    if (isScalar(node)) {
      const range = node.range;
      if (typeof node.value !== 'string' && range) written.set(path, text.slice(range[0], range[1]));
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = join(path, isScalar(pair.key) ? String(pair.key.value) : '?');
        startsAt(key, isScalar(pair.key) ? pair.key.range?.[0] : undefined);
        stack.push({ node: pair.value, path: key });
      }
    } else {
      node.items.forEach((item, index) => {
        const key = join(path, String(index));
        startsAt(key, isScalar(item) || isMap(item) || isSeq(item) ? item.range?.[0] : undefined);
        stack.push({ node: item, path: key });
      });
    }
  }
  return { written, nestedOffsets, firstAlias: firstAlias === Infinity ? undefined : firstAlias };
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
