/** Top-level fields read from simple YAML, with the 0-based line of each. */
export interface SimpleYaml {
  readonly data: Record<string, unknown>;
  readonly lines: Map<string, number>;
  /** How each value YAML did not read as text was written (`true`), by field: as the parser's node ranges give it. */
  readonly written: Map<string, string>;
}

// The YAML 1.2 core schema's non-string plain scalars: text like these goes to the parser.
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FIELD = /^([A-Za-z][A-Za-z0-9_-]*): (.*)$/;
// A double-quoted scalar whose escapes JSON reads the same way YAML does.
const QUOTED = /^"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/;
// Characters that may not start a plain scalar, and that mean something inside one.
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const UNSAFE_PLAIN = /: |:$| #|\t/;
const UNSAFE_FLOW_ITEM = /[,[\]{}#:"']/;
// Characters YAML does not allow unescaped, and the byte-order mark: the parser reports them.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufeff\ufffe\uffff\ud800-\udfff]/u;
const BOOLEAN: Record<string, boolean> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };

/**
 * Reads front matter that is one `field: value` a line, each value plain text, JSON-style
 * double-quoted text, true/false, or a one-line list of text (`[North Korea, Russia]`), as YAML 1.2 core
 * reads it; undefined for anything else (nesting, comments, numbers, dates the schema would
 * not leave as text …), which the YAML parser then reads. Nearly every article is that
 * simple, and reading it by hand is many times faster than the parser.
 */
export function readSimpleYaml(text: string): SimpleYaml | undefined {
  if (UNPRINTABLE.test(text) || text.includes('\r')) return undefined;
  const rows = text.split('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  if (rows.length === 0) return undefined;
  const data: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  const written = new Map<string, string>();
  for (const [index, row] of rows.entries()) {
    const field = FIELD.exec(row);
    const key = field?.[1];
    const raw = field?.[2];
    if (key === undefined || raw === undefined || lines.has(key) || NOT_A_STRING.test(key) || key === '__proto__') return undefined;
    const value = raw.startsWith('[') ? readList(raw) : (BOOLEAN[raw] ?? readScalar(raw, false));
    if (value === undefined) return undefined;
    data[key] = value;
    lines.set(key, index);
    if (typeof value === 'boolean') written.set(key, raw);
  }
  return { data, lines, written };
}

function readScalar(raw: string, inList: boolean): string | undefined {
  if (raw.startsWith('"')) return QUOTED.test(raw) ? (JSON.parse(raw) as string) : undefined;
  if (raw === '' || raw !== raw.trim() || INDICATOR_START.test(raw) || UNSAFE_PLAIN.test(raw) || NOT_A_STRING.test(raw)) return undefined;
  if (inList && UNSAFE_FLOW_ITEM.test(raw)) return undefined;
  return raw;
}

function readList(raw: string): string[] | undefined {
  if (!raw.endsWith(']')) return undefined;
  // YAML trims spaces around list items, not other white space such as a no-break space.
  const inner = raw.slice(1, -1).replace(/^ +| +$/g, '');
  if (inner === '') return [];
  if (inner.includes('"')) {
    // JSON's own lists of double-quoted text are YAML too.
    if (!/^"(?:[^"\\]|\\.)*"(?: *, *"(?:[^"\\]|\\.)*")*$/.test(inner)) return undefined;
    const items = inner.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    const values = items.map((item) => readScalar(item, true));
    return values.every((v) => v !== undefined) ? values : undefined;
  }
  const values = inner.split(',').map((item) => readScalar(item.replace(/^ +| +$/g, ''), true));
  return values.every((v) => v !== undefined) ? values : undefined;
}
