/**
 * The 1-based line of `key` inside the YAML mapping that starts on line `parentLine` of an
 * article file (`src:` under `image:`), in block or flow style; undefined when it is not
 * found there. Only the mapping's own lines are read: the parser gives top-level lines only.
 */
export function nestedFieldLine(text: string, parentLine: number, key: string): number | undefined {
  const lines = linesFrom(text, parentLine);
  const first = lines.next();
  if (first.done) return undefined;
  const name = `["']?${escapeRegExp(key)}["']?\\s*:`;
  const block = new RegExp(`^[ \\t]+${name}`);
  const flow = new RegExp(`[{,]\\s*${name}`);
  // `image: { src: a.png, alt: … }` on one line.
  if (flow.test(first.value.slice(first.value.indexOf(':') + 1))) return parentLine;
  let line = parentLine;
  for (const row of lines) {
    line += 1;
    if (/^---\s*$/.test(row)) return undefined;
    // The mapping ends at the next line that is not indented (blank lines and comments aside).
    if (!/^[ \t]/.test(row) && row.trim() !== '' && !row.startsWith('#')) return undefined;
    if (block.test(row) || flow.test(row)) return line;
  }
  return undefined;
}

function* linesFrom(text: string, line: number): Generator<string> {
  let start = 0;
  for (let at = 1; at < line; at++) {
    const end = text.indexOf('\n', start);
    if (end === -1) return;
    start = end + 1;
  }
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    yield text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
    if (end === -1) return;
    start = end + 1;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
