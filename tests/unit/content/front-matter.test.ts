import { describe, expect, it } from 'vitest';
import { articleBodyOf, isFrontMatterError, parseFrontMatter, type ParsedFrontMatter } from '../../../src/lib/content/front-matter.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { testSite } from './site.ts';

const FORBIDDEN = "that XML and HTML forbid, which would make the site's feeds unreadable";

function parsed(text: string): ParsedFrontMatter {
  const result = parseFrontMatter(text);
  if (isFrontMatterError(result)) throw new Error(`unexpected refusal: ${result.message}`);
  return result;
}

function errorsOf(text: string): string[] {
  return validateArticles([{ file: 'a.md', text }], testSite)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
}

describe('parseFrontMatter: characters pages and feeds cannot carry', () => {
  const text = [
    '---',
    'title: Harbour\u0000 reopens',
    'date: 2024-01-02',
    'tags:',
    '  - Ports',
    '  - Sea\u0007',
    '---',
    '',
    'The harbour\u0000 reopened.',
    '',
    'A second\u001B paragraph\uFFFF.',
    '',
  ].join('\n');

  it('removes them from the front matter and the body, warning with the line and the field of each', () => {
    const result = parsed(text);
    expect(result.data).toEqual({ title: 'Harbour reopens', date: '2024-01-02', tags: ['Ports', 'Sea'] });
    expect(result.body).toBe('\nThe harbour reopened.\n\nA second paragraph.\n');
    expect(result.bodyLine).toBe(8);
    expect(result.warnings).toEqual([
      { line: 2, field: 'title', message: `removed U+0000: a character ${FORBIDDEN}` },
      { line: 6, field: 'tags.1', message: `removed U+0007: a character ${FORBIDDEN}` },
      { line: 9, field: 'body', message: `removed U+0000: a character ${FORBIDDEN}` },
      { line: 11, field: 'body', message: `removed U+001B, U+FFFF: characters ${FORBIDDEN}` },
    ]);
  });

  it('gives the renderer the same body, read again from the file', () => {
    expect(articleBodyOf(text)).toBe(parsed(text).body);
  });

  it('reports the first 20 and says more were removed', () => {
    const many = `---\ntitle: T\ndate: 2024-01-02\n---\n${'x\u0000\n'.repeat(30)}`;
    const warnings = parsed(many).warnings;
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toEqual({ line: 25, field: 'body', message: 'removed more such characters from here on' });
    expect(parsed(many).body).toBe('x\n'.repeat(30));
  });

  it('names the file, line and field through validateArticles, without refusing the article', () => {
    const { problems, articles } = validateArticles([{ file: 'a.md', text }], testSite);
    expect(articles).toHaveLength(1);
    expect(problems.map(formatProblem)[0]).toBe(`a.md:2: warning: title: removed U+0000: a character ${FORBIDDEN}`);
  });
});

describe('parseFrontMatter: where the front matter ends', () => {
  it.each([
    ['CRLF line ends', '---\r\ntitle: T\r\ndate: 2024-01-02\r\n---\r\nBody\r\n', { title: 'T', date: '2024-01-02' }, 'Body\r\n', 5],
    ['a byte-order mark', '\uFEFF---\ntitle: T\n---\nBody\n', { title: 'T' }, 'Body\n', 4],
    ['a line separator before "---" inside a value', '---\ntitle: T\u2028---\ndate: 2024-01-02\n---\nBody\n', { title: 'T\u2028---', date: '2024-01-02' }, 'Body\n', 5],
    ['a lone carriage return before "---"', '---\ntitle: T\r---\ndate: 2024-01-02\n---\nBody\n', { title: 'T\r---', date: '2024-01-02' }, 'Body\n', 5],
  ])('with %s', (_name, text, data, body, bodyLine) => {
    const result = parsed(text);
    expect(articleBodyOf(text)).toBe(body);
    expect(result.data).toEqual(data);
    expect(result.body).toBe(body);
    expect(result.bodyLine).toBe(bodyLine);
  });
});

describe('parseFrontMatter: YAML the article format refuses, naming the line', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]'];
  it.each([
    ['a billion laughs', bomb, 'a.md:5: front matter: the aliases (*name) copy their anchored values in more than 50 times: write the values out'],
    ['tabs as indentation', ['image:', '\tsrc: a.jpg'], 'a.md:5: front matter: invalid YAML: Tabs are not allowed as indentation'],
    ['!!binary', ['source: !!binary aGVsbG8='], 'a.md:4: front matter: the YAML tag !!binary is not part of the article format: remove it (put a value in quotes to keep it as text)'],
    ['!!js/function', ['source: !!js/function "function () {}"'], 'a.md:4: front matter: the YAML tag !!js/function is not part of the article format'],
    ['!!timestamp, which would be midnight UTC', ['updated: !!timestamp 2024-01-03'], 'a.md:4: front matter: the YAML tag !!timestamp is not part of the article format'],
    ['!!int on a quoted headline', ['description: !!int "7"'], 'a.md:4: front matter: the YAML tag !!int is not part of the article format'],
    ['a local tag', ['description: !custom text'], 'a.md:4: front matter: the YAML tag !custom is not part of the article format'],
    ['a second document', ['...', 'section: world'], 'a.md:5: front matter: invalid YAML: Source contains multiple documents'],
    ['a key that is a list', ['? [a, b]', ': c'], 'a.md:4: front matter: invalid YAML: With stringKeys, all keys must be strings'],
    ['a duplicated key', ['date: 2024-01-03'], 'a.md:4: front matter: invalid YAML: Map keys must be unique'],
    ['an ambiguous anchor', ['description: &a: b'], 'a.md:4: front matter: invalid YAML: Anchor ending in : is ambiguous'],
    ['nesting thousands deep', [`related: ${'['.repeat(5000)}${']'.repeat(5000)}`], 'a.md:4: front matter: invalid YAML: it is nested too deeply'],
  ])('refuses %s', (_name, lines, expected) => {
    const text = `---\ntitle: T\ndate: 2024-01-02\n${lines.join('\n')}\n---\nBody\n`;
    expect(errorsOf(text)).toEqual([expect.stringContaining(expected)]);
  });

  it.each([
    ['a list', '---\n- title\n- date\n---\nBody\n'],
    ['a scalar', '---\nJust a headline\n---\nBody\n'],
  ])('refuses front matter that is %s', (_name, text) => {
    expect(errorsOf(text)).toEqual(['a.md:2: front matter: the front matter must be a list of "field: value" lines']);
  });
});

describe('parseFrontMatter: YAML read safely', () => {
  it('keeps __proto__ as a key of its own, polluting nothing', () => {
    const result = parsed('---\n__proto__: { polluted: true }\ntitle: T\n---\n');
    expect(Object.hasOwn(result.data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads an anchor on the whole front matter, even one aliased inside itself', () => {
    expect(errorsOf('---\n&top\ntitle: T\ndate: 2024-01-02\nimage: *top\n---\nBody\n')).toEqual([
      'a.md:5: image.src: is required: the path of the picture beside the article, or an https:// URL',
      'a.md:5: image.alt: is required when the image has a src: describe the picture for readers who cannot see it',
    ]);
  });

  it.each([
    ['the fast path', ''],
    ['the YAML library', '# a comment\n'],
  ])('reads a line a megabyte long through %s, and echoes it cut short', (_name, extra) => {
    const long = 'a'.repeat(1_000_000);
    const text = `---\ntitle: ${long}\ndate: 2024-01-02\nslug: ${long}\n${extra}---\nBody\n`;
    const errors = errorsOf(text);
    expect(errors).toEqual(['a.md:2: title: the headline is longer than 200 characters', expect.stringMatching(/^a\.md:4: slug: is 1000000 characters long/)]);
    const cut = errorsOf(`---\ntitle: T\ndate: 2024-01-02\nsection: ${long}\n${extra}---\nBody\n`);
    expect(cut).toEqual([`a.md:4: section: "${'a'.repeat(60)}…" is not a section of this site (one of: news, world)`]);
  });

  it('tells how each value that is not text was written, by path', () => {
    const result = parsed('---\ntitle: 007\ntags: [1.50, x, ~]\ndescription:\n# library\n---\n');
    expect(['title', 'tags.0', 'tags.1', 'tags.2', 'description'].map(result.writtenAs)).toEqual(['007', '1.50', undefined, '~', '']);
  });
});
