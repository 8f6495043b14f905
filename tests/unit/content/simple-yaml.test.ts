import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../../src/lib/content/simple-yaml.ts';
import { seededRandom } from '../../../src/lib/related/random.ts';

// What the YAML parser makes of the same text, as parseFrontMatter calls it; undefined on error.
function parsed(text: string): unknown {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 50 });
}

describe('readSimpleYaml: the fast path reads simple front matter exactly as the YAML parser does', () => {
  it.each([
    ['plain text', 'title: Kim Jong-un in Russia\n', { title: 'Kim Jong-un in Russia' }],
    ['a date, which YAML 1.2 core leaves as text', 'date: 2023-09-12T21:00:00+01:00\n', { date: '2023-09-12T21:00:00+01:00' }],
    ['a date alone', 'date: 2024-02-30', { date: '2024-02-30' }],
    ['curly quotes and colons inside words', 'description: Moscow’s war at 21:00, “said”\n', { description: 'Moscow’s war at 21:00, “said”' }],
    ['JSON-style quoted text', 'title: "Brexit: \\"the end\\" \\u00e9\\/ \\\\"\n', { title: 'Brexit: "the end" é/ \\' }],
    ['a quoted number', 'title: "1984"\n', { title: '1984' }],
    ['booleans', 'draft: true\nother: False\n', { draft: true, other: false }],
    ['a plain list', 'tags: [North Korea, Russia,  Kim Jong-un ]\n', { tags: ['North Korea', 'Russia', 'Kim Jong-un'] }],
    ['a JSON list', 'tags: ["usa", "west-germany"]\n', { tags: ['usa', 'west-germany'] }],
    ['an empty list', 'tags: []\n', { tags: [] }],
    ['an emoji', 'title: Fire 🔥 season\n', { title: 'Fire 🔥 season' }],
  ])('reads %s', (_name, text, data) => {
    expect(readSimpleYaml(text)?.data).toEqual(data);
    expect(parsed(text)).toEqual(data);
  });

  it("tells how each value that is not text was written, as the parser's node ranges give it", () => {
    expect(readSimpleYaml('title: True\ndraft: false\ntags: [a]\n')?.written).toEqual(
      new Map([
        ['title', 'True'],
        ['draft', 'false'],
      ]),
    );
  });

  it('gives each field its 0-based line', () => {
    expect(readSimpleYaml('title: T\ndate: 2024-01-02\ntags: [a]\n')?.lines).toEqual(
      new Map([
        ['title', 0],
        ['date', 1],
        ['tags', 2],
      ]),
    );
  });

  it.each([
    ['a number', 'title: 1984'],
    ['a float', 'title: 3.5e2'],
    ['null', 'title: null'],
    ['an empty value', 'title:'],
    ['a comment', 'title: T # note'],
    ['a comment line', '# note\ntitle: T'],
    ['a blank line', 'title: T\n\ndate: 2024-01-02'],
    ['a nested map', 'image:\n  src: a.jpg'],
    ['a flow map', 'image: { src: a.jpg, alt: x }'],
    ['a block list', 'tags:\n  - a'],
    ['single quotes', "title: 'T'"],
    ['a YAML-only escape', 'title: "\\x41"'],
    ['a duplicated field', 'title: T\ntitle: U'],
    ['a colon and space', 'title: a: b'],
    ['a leading indicator', 'title: *alias'],
    ['a tab', 'title: a\tb'],
    ['CRLF', 'title: T\r\n'],
    ['a list item with a colon', 'tags: [a: b]'],
    ['a nested list', 'tags: [[a]]'],
    ['a number in a list', 'tags: [1, 2]'],
    ['trailing text after a list', 'tags: [a] b'],
    ['a control character', 'title: a\u0007b'],
    ['a continuation line', 'title: a\n  b'],
  ])('leaves %s to the YAML parser', (_name, text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  it('agrees with the YAML parser on 20,000 generated front matters', () => {
    const pieces = [
      'a',
      'Kim',
      ' ',
      ' ',
      ':',
      ': ',
      ' #',
      '#',
      ',',
      '[',
      ']',
      '{',
      '}',
      '"',
      "'",
      '\\',
      '\\"',
      '\\n',
      '\\u00e9',
      '\\x41',
      '\\/',
      '-',
      '?',
      '!',
      '&',
      '*',
      '|',
      '>',
      '%',
      '@',
      '`',
      '1',
      '0x1F',
      '0o7',
      '.5',
      '1e3',
      '+',
      '.inf',
      '.NaN',
      'true',
      'False',
      'null',
      '~',
      'é',
      '’',
      '“',
      '\t',
      '\u00a0',
      '\u2028',
      '\u0085',
      '🔥',
      '2024-01-02',
      'T21:00:00+01:00',
    ];
    // The same documents on every run.
    const random = seededRandom(11);
    const pick = () => pieces[Math.floor(random() * pieces.length)] ?? '';
    const value = () => {
      const text = Array.from({ length: 1 + Math.floor(random() * 6) }, pick).join('');
      const shape = random();
      if (shape < 0.2) return `"${text}"`;
      if (shape < 0.35) return `[${text}, ${pick()}${pick()}]`;
      if (shape < 0.45) return `["${text}", "${pick()}"]`;
      return text;
    };
    const disagreements: string[] = [];
    let fast = 0;
    for (let i = 0; i < 20_000; i++) {
      const fields = ['title', 'date', 'tags', 'title'].slice(0, 1 + Math.floor(random() * 4));
      const text = `${fields.map((field) => `${field}: ${value()}`).join('\n')}\n`;
      const simple = readSimpleYaml(text);
      if (simple === undefined) continue;
      fast += 1;
      const expected = parsed(text);
      if (JSON.stringify(simple.data) !== JSON.stringify(expected)) disagreements.push(JSON.stringify(text));
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    // The generator must exercise the fast path, not only the fallback.
    expect(fast).toBeGreaterThan(2000);
  });
});
