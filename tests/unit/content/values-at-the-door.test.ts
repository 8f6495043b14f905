import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { readSimpleYaml } from '../../../src/lib/content/simple-yaml.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { stripForbiddenCharacters } from '../../../src/lib/text/xml-characters.ts';
import { articleText, testSite } from './site.ts';

// A comment is beyond the hand-written fast path: with it, the same front matter is read by the
// YAML library. Put last, it moves no line.
const LIBRARY_ONLY = '# read by the YAML library';
const FEED_WARNING = "that XML and HTML forbid, which would make the site's feeds unreadable";
const BIDI_WARNING =
  "has a bidi control (U+202A–U+202E, U+2066–U+2069) left open or closing nothing: it was closed or dropped, since left open it would reverse the text printed after it (the rest of the page title, the site's name)";

function check(lines: readonly string[]) {
  const { problems, articles } = validateArticles([{ file: 'a.md', text: articleText(lines) }], testSite);
  return { problems: problems.map(formatProblem), frontMatter: articles[0]?.frontMatter };
}

describe('values where text is meant, read alike by the fast path and the YAML library', () => {
  it.each([
    // [case, front matter after the title and date, every problem, whether the fast path reads it]
    ['a number headline keeps its zeros', ['title: 007'], ['a.md:2: title: 007 is read as a number; put it in quotes: "007"'], false],
    ['a hexadecimal headline', ['title: 0x1F'], ['a.md:2: title: 0x1F is read as a number; put it in quotes: "0x1F"'], false],
    ['an infinite headline', ['title: .inf'], ['a.md:2: title: .inf is read as a number; put it in quotes: ".inf"'], false],
    [
      'tags that YAML reads as numbers',
      ['title: T', 'tags: [1.50, 1e400, Budget]'],
      ['a.md:3: tags.0: 1.50 is read as a number; put it in quotes: "1.50"', 'a.md:3: tags.1: 1e400 is read as a number; put it in quotes: "1e400"'],
      false,
    ],
    ['an author that is a number', ['title: T', 'authors: [Jane Doe, 42]'], ['a.md:3: authors.1: 42 is read as a number; put it in quotes: "42"'], false],
    ['a source that is a number', ['title: T', 'source: 1.0'], ['a.md:3: source: 1.0 is read as a number; put it in quotes: "1.0"'], false],
    ['an alt text that is a number', ['title: T', 'image: { src: a.jpg, alt: 1984 }'], ['a.md:3: image.alt: 1984 is read as a number; put it in quotes: "1984"'], false],
    ['a caption that is a number', ['title: T', 'image:', '  src: a.jpg', '  alt: A map', '  caption: 2.50'], ['a.md:6: image.caption: 2.50 is read as a number; put it in quotes: "2.50"'], false],
    ['a slug that is a number', ['title: T', 'slug: 2024'], ['a.md:3: slug: 2024 is read as a number; put it in quotes: "2024"'], false],
    ['a headline true', ['title: true'], ['a.md:2: title: true is read as true/false, not text; put it in quotes: "true"'], true],
    ['a headline False', ['title: False'], ['a.md:2: title: False is read as true/false, not text; put it in quotes: "False"'], true],
    ['a description null', ['title: T', 'description: null'], ['a.md:3: description: null is read as "no value"; put it in quotes if you mean the word ("null"), or leave the field out'], false],
    ['a headline ~', ['title: ~'], ['a.md:2: title: ~ is read as "no value"; put it in quotes if you mean the word ("~"), or leave the field out'], false],
    ['an empty item in a list', ['title: T', 'tags:', '  - Budget', '  -'], ['a.md:5: tags.1: is empty'], false],
    ['a field left empty, which is left out', ['title: T', 'description:'], [], false],
    ['a headline yes, which YAML 1.2 reads as text', ['title: yes'], [], true],
    ['a quoted number headline', ['title: "007"'], [], true],
    ['a number kept as text by its tag', ['title: !!str 007'], [], false],
    ['a NUL from a JSON escape', ['title: "A\\u0000B"'], [`a.md:2: warning: title: removed U+0000: a character ${FEED_WARNING}`], true],
    ['a bell from a YAML escape', ['title: "A\\x07B\\0"'], [`a.md:2: warning: title: removed U+0007, U+0000: characters ${FEED_WARNING}`], false],
    ['a noncharacter escaped in a tag', ['title: T', 'tags: ["Budget", "\\uFFFEVote"]'], [`a.md:3: warning: tags.1: removed U+FFFE: a character ${FEED_WARNING}`], true],
    ['a lone surrogate escaped', ['title: "A\\ud800B"'], [`a.md:2: warning: title: removed U+D800: a character ${FEED_WARNING}`], true],
    ['a raw NUL in the headline', ['title: A\u0000B'], [`a.md:2: warning: title: removed U+0000: a character ${FEED_WARNING}`], true],
    ['an unclosed right-to-left override', ['title: Hello \u202Eevil'], [`a.md:2: warning: title: ${BIDI_WARNING}`], true],
    ['a stray bidi closer in a tag', ['title: T', 'tags: ["ok", "evil\\u202C"]'], [`a.md:3: warning: tags.1: ${BIDI_WARNING}`], true],
  ])('%s', (_name, fields, expected, fast) => {
    const lines = [...fields, 'date: 2024-01-02'];
    expect(readSimpleYaml(stripForbiddenCharacters(`${lines.join('\n')}\n`)) !== undefined).toBe(fast);
    expect(check(lines).problems).toEqual(expected);
    expect(check([...lines, LIBRARY_ONLY]).problems).toEqual(expected);
  });

  it.each([
    ['a NUL stripped', ['title: "A\\u0000B"'], 'AB'],
    ['a raw control stripped', ['title: A\u0007B'], 'AB'],
    ['an override closed', ['title: Hello \u202Eevil'], 'Hello \u202Eevil\u202C'],
    ['an isolate closed', ['title: \u2067Hello'], '\u2067Hello\u2069'],
    ['a closer with nothing to close dropped', ['title: Hello\u202C world'], 'Hello world'],
    ['a balanced override kept', ['title: "\\u202Eevil\\u202C ok"'], '\u202Eevil\u202C ok'],
  ])('stores the headline with %s, on both paths', (_name, fields, title) => {
    const lines = [...fields, 'date: 2024-01-02'];
    expect(check(lines).frontMatter?.title).toBe(title);
    expect(check([...lines, LIBRARY_ONLY]).frontMatter?.title).toBe(title);
  });

  it('balances bidi controls in every text field that is printed', () => {
    const open = '\u202Eevil';
    const { frontMatter, problems } = check([
      `title: T${open}`,
      'date: 2024-01-02',
      `description: D${open}`,
      `tags: [A${open}]`,
      `authors: [B${open}]`,
      `source: S${open}`,
      'image:',
      '  src: a.jpg',
      `  alt: Alt${open}`,
      `  caption: C${open}`,
      `  credit: K${open}`,
    ]);
    expect(problems.map((p) => p.split(': warning: ')[1]?.split(':')[0])).toEqual(['title', 'description', 'tags.0', 'authors.0', 'source', 'image.alt', 'image.caption', 'image.credit']);
    const printed = [
      frontMatter?.title,
      frontMatter?.description,
      frontMatter?.tags?.[0],
      frontMatter?.authors?.[0],
      frontMatter?.source,
      frontMatter?.image?.alt,
      frontMatter?.image?.caption,
      frontMatter?.image?.credit,
    ];
    expect(printed.every((value) => value?.endsWith(`${open}\u202C`))).toBe(true);
  });

  it('refuses the word null for fields that are not text, and leaves an empty one out', () => {
    expect(check(['title: T', 'date: 2024-01-02', 'draft: ~']).problems).toEqual(['a.md:4: draft: must be true or false']);
    expect(check(['title: T', 'date: 2024-01-02', 'draft:', 'image:', 'tags:']).problems).toEqual([]);
  });
});
