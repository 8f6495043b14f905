import { describe, expect, it } from 'vitest';
import { createFrontMatterSchema, KNOWN_FIELDS } from '../../../src/lib/content/article-schema.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { articleText, testSite } from './site.ts';

const ok = ['title: A headline', 'date: 2024-01-02'];

function problemsOf(files: Record<string, string>) {
  const result = validateArticles(
    Object.entries(files).map(([file, text]) => ({ file, text })),
    testSite,
  );
  return { ...result, lines: result.problems.filter((p) => p.severity === 'error').map(formatProblem) };
}

describe('validateArticles: one article, one rule each', () => {
  it.each([
    ['an impossible date', ['title: T', 'date: 2024-02-30'], 'a.md:3: date: "2024-02-30" is not a calendar date'],
    ['a date in words', ['title: T', 'date: last Tuesday'], 'a.md:3: date: "last Tuesday" is not an ISO 8601 date'],
    ['a missing title', ['date: 2024-01-02'], 'a.md: title: is required'],
    ['a missing date', ['title: T'], 'a.md: date: is required'],
    ['an empty title', ['title: "  "', 'date: 2024-01-02'], 'a.md:2: title: the headline is empty'],
    ['a headline over 200 characters', [`title: ${'x'.repeat(201)}`, 'date: 2024-01-02'], 'a.md:2: title: the headline is longer than 200'],
    ['updated before date', [...ok, 'updated: 2024-01-01'], 'a.md:4: updated: 2024-01-01 is before the publication date 2024-01-02'],
    ['an impossible updated', [...ok, 'updated: 2024-02-31'], 'a.md:4: updated: "2024-02-31" is not a calendar date'],
    ['a slug breaking the rule', [...ok, 'slug: Not_A_Slug'], 'a.md:4: slug: "Not_A_Slug" is not a slug'],
    ['an unknown section', [...ok, 'section: gossip'], 'a.md:4: section: "gossip" is not a section of this site (one of: news, world)'],
    ['an image without alt', [...ok, 'image: { src: pic.jpg }'], 'a.md:4: image.alt: is required when the image has a src'],
    ['an image with a javascript: src', [...ok, 'image: { src: "javascript:alert(1)", alt: x }'], 'a.md:4: image.src: must be a path relative to the article or an https:// URL'],
    ['an image over plain http', [...ok, 'image: { src: "http://x.example/a.jpg", alt: x }'], 'a.md:4: image.src: must be a path'],
    ['tags that are not a list', [...ok, 'tags: North Korea'], 'a.md:4: tags: must be a list'],
    ['draft that is not a boolean', [...ok, 'draft: maybe'], 'a.md:4: draft: must be true or false'],
    ['related naming no article', [...ok, 'related: [nowhere]'], 'a.md:4: related: "nowhere" names no article'],
    ['related naming itself', [...ok, 'related: [a]'], 'a.md:4: related: "a" is this article itself'],
    ['a duplicated YAML key', ['title: T', 'title: U', 'date: 2024-01-02'], 'a.md:3: front matter: invalid YAML'],
    ['an unknown kind of work', [...ok, 'type: opinon'], 'a.md:4: type: "opinon" is not a kind of work (one of: news, analysis, opinion'],
    ['a kind of work in capitals', [...ok, 'type: Opinion'], 'a.md:4: type: "Opinion" is not a kind of work'],
    ['a dateline over 60 characters', [...ok, `dateline: ${'X'.repeat(61)}`], 'a.md:4: dateline: the dateline is longer than 60 characters'],
    [
      'a correction before publication',
      [...ok, 'corrections:', '  - date: 2024-01-03', '    text: Fine.', '  - date: 2024-01-01', '    text: Too early.'],
      'a.md:7: corrections.1.date: 2024-01-01 is before the publication date 2024-01-02',
    ],
    ['an empty correction', [...ok, 'corrections:', '  - date: 2024-01-03', '    text: "  "'], 'a.md:6: corrections.0.text: is empty: say what was corrected'],
    ['a correction with no text', [...ok, 'corrections:', '  - date: 2024-01-03'], 'a.md:5: corrections.0.text: is required'],
    ['a correction with no date', [...ok, 'corrections:', '  - text: Fixed a name.'], 'a.md:5: corrections.0.date: is required'],
    ['a correction on an impossible day', [...ok, 'corrections:', '  - { date: 2024-02-30, text: Fixed. }'], 'a.md:5: corrections.0.date: "2024-02-30" is not a calendar date'],
    ['corrections that are not a list', [...ok, 'corrections: We got it wrong.'], 'a.md:4: corrections: must be a list of { date, text }'],
    [
      'an update before publication',
      [...ok, 'updates:', '  - date: 2023-12-31T23:00:00Z', '    text: Earlier.'],
      'a.md:5: updates.0.date: 2023-12-31T23:00:00Z is before the publication date 2024-01-02',
    ],
    ['a story that is not a slug', [...ok, 'story: Dam Collapse'], 'a.md:4: story: "Dam Collapse" is not a story slug'],
    ['a story no article names', [...ok, 'story: dam-collapse'], 'a.md:4: story: "dam-collapse" names no story: use the slug of one of its articles'],
    ['an update that is a number', [...ok, 'updates:', '  - date: 2024-01-03', '    text: 42'], 'a.md:6: updates.0.text: 42 is read as a number'],
  ])('refuses %s, naming file, line and field', (_name, frontMatter, expected) => {
    const { lines, articles } = problemsOf({ 'a.md': articleText(frontMatter) });
    expect(lines.join('\n')).toContain(expected);
    expect(articles).toHaveLength(0);
  });

  it.each([
    ['no front matter', 'Just text.', 'a.md:1: front matter: the file must start with front matter'],
    ['unclosed front matter', '---\ntitle: T\n', 'a.md:1: front matter: the front matter has no closing "---" line'],
  ])('refuses %s', (_name, text, expected) => {
    expect(problemsOf({ 'a.md': text }).lines).toEqual([expect.stringContaining(expected)]);
  });

  it('accepts a full article and keeps every field', () => {
    const { articles, problems } = problemsOf({
      'x/Some File.md': articleText([
        'title: Kim in Russia',
        'date: 2023-09-12T21:00:00+01:00',
        'description: Standfirst.',
        'updated: 2023-09-13',
        'section: world',
        'tags: [North Korea, Russia]',
        'authors: [Jane Doe]',
        'source: AFP',
        'image: { src: "https://img.example/a.jpg", alt: A train, caption: The train, credit: KCNA }',
        'draft: false',
        'aliases: [old-slug]',
      ]),
    });
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.slug).toBe('some-file');
    expect(articles[0]?.frontMatter).toMatchObject({ section: 'world', tags: ['North Korea', 'Russia'], source: 'AFP', aliases: ['old-slug'] });
  });

  it('refuses an unquoted number headline, asking for quotes, and reads a quoted one as text', () => {
    expect(problemsOf({ 'a.md': articleText(['title: 1984', 'date: 2024-01-02']) }).lines).toEqual(['a.md:2: title: 1984 is read as a number; put it in quotes: "1984"']);
    expect(problemsOf({ 'a.md': articleText(['title: "1984"', 'date: 2024-01-02']) }).articles[0]?.frontMatter.title).toBe('1984');
  });

  it('warns about unknown fields with a suggestion, without refusing the article', () => {
    const { problems, articles } = problemsOf({ 'a.md': articleText([...ok, 'tag: [x]']) });
    expect(articles).toHaveLength(1);
    expect(problems.map(formatProblem)).toEqual(['a.md:4: warning: tag: is not a field of the article format and is ignored (did you mean "tags"?)']);
  });
});

describe('validateArticles: rules across articles', () => {
  it.each([
    ['the slug of one of its articles', { 'first.md': [], 'later.md': ['story: first'] }],
    ['a name two articles give', { 'a.md': ['story: dam-collapse'], 'b.md': ['story: dam-collapse'] }],
    ['none, keeping an article out of every story', { 'a.md': ['story: none'] }],
  ])('accepts a story named by %s', (_name, files) => {
    const texts = Object.fromEntries(Object.entries(files).map(([file, extra]) => [file, articleText([...ok, ...extra])]));
    expect(problemsOf(texts).lines).toEqual([]);
  });

  it('names both files of a duplicate slug, including file names that slugify alike', () => {
    const { lines, articles } = problemsOf({
      'a/Kim Jong Un.md': articleText(ok),
      'b/kim-jong-un.md': articleText(ok),
      'c/other.md': articleText([...ok, 'slug: kim-jong-un']),
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('a/Kim Jong Un.md: slug: its file name gives the slug "kim-jong-un", which b/kim-jong-un.md, c/other.md also has');
    expect(lines[2]).toContain('c/other.md:4: slug: its `slug` field gives the slug "kim-jong-un"');
    expect(articles).toHaveLength(0);
  });

  it('reports every invalid article at once, including cross-article rules beside schema errors', () => {
    const { lines } = problemsOf({
      'a.md': articleText(['title: T', 'date: 2024-02-30', 'related: [ghost]']),
      'b.md': articleText(['title: T', 'date: 2024-01-01', 'section: nope']),
      'c.md': articleText(ok),
    });
    expect(lines).toEqual([expect.stringContaining('a.md:3: date:'), expect.stringContaining('b.md:4: section:'), expect.stringContaining('a.md:4: related: "ghost" names no article')]);
  });

  it('accepts related links that exist, in any order of files', () => {
    const { problems, articles } = problemsOf({
      'a.md': articleText(['title: A', 'date: 2024-01-02', 'related: [b]']),
      'b.md': articleText(['title: B', 'date: 2024-01-03', 'related: [a]']),
    });
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.slug)).toEqual(['a', 'b']);
  });

  it.each([
    [
      'an alias that is a live slug',
      { 'a.md': articleText([...ok, 'aliases: [b]']), 'b.md': articleText(['title: B', 'date: 2024-01-01']) },
      'a.md:4: aliases: "b" is the slug of a live article (b.md)',
    ],
    [
      'an alias of two articles',
      { 'a.md': articleText([...ok, 'aliases: [old]']), 'b.md': articleText(['title: B', 'date: 2024-01-01', 'aliases: [old]']) },
      'b.md:4: aliases: "old" is also an alias of a.md',
    ],
  ])('refuses %s', (_name, files, expected) => {
    expect(problemsOf(files).lines).toEqual([expect.stringContaining(expected)]);
  });

  it('warns about two articles with the same headline', () => {
    const { problems } = problemsOf({ 'a.md': articleText(['title: Same', 'date: 2024-01-01']), 'b.md': articleText(['title: same', 'date: 2024-01-02']) });
    expect(problems.map(formatProblem)).toEqual(['b.md:2: warning: title: the same headline as a.md']);
  });
});

describe('validateArticles: slugs and names that fit a file name and a URL', () => {
  const long = (n: number) => 'a'.repeat(n);
  it.each([
    ['a slug of 100 characters', [...ok, `slug: ${long(100)}`], []],
    ['a slug of 101 characters', [...ok, `slug: ${long(101)}`], ['a.md:4: slug: is 101 characters long: a slug has at most 100, since it names a folder of the site and a URL']],
    ['an alias of 101 characters', [...ok, `aliases: [old, ${long(101)}]`], ['a.md:4: aliases.1: is 101 characters long: a slug has at most 100, since it names a folder of the site and a URL']],
    ['a tag whose slug has 89 characters', [...ok, `tags: [${'Word '.repeat(18).trim()}]`], []],
    [
      'a tag whose slug has 94 characters',
      [...ok, `tags: [${'Word '.repeat(19).trim()}]`],
      [`a.md:4: tags.0: "${'Word '.repeat(12).trim()}…" makes a page address (topic slug) of 94 characters, more than 90: shorten it`],
    ],
    [
      'an author of 25 characters whose slug spells them out',
      [...ok, `authors: ["${'&'.repeat(25)}"]`],
      [`a.md:4: authors.0: "${'&'.repeat(25)}" makes a page address (author slug) of 99 characters, more than 90: shorten it`],
    ],
  ])('%s', (_name, frontMatter, expected) => {
    expect(problemsOf({ 'a.md': articleText(frontMatter) }).lines).toEqual(expected);
  });

  it('refuses a file name that gives a slug over 100 characters, naming the file', () => {
    const file = `${'long-'.repeat(25)}story.md`;
    expect(problemsOf({ [file]: articleText(ok) }).lines).toEqual([
      `${file}:1: slug: the file name gives a slug of 130 characters, more than 100 (it names a folder of the site and a URL): shorten the name or add a shorter \`slug\` field`,
    ]);
    expect(problemsOf({ [file]: articleText([...ok, 'slug: short-story']) }).lines).toEqual([]);
  });
});

describe('validateArticles: every field of the format is known', () => {
  // An editor warned that a field "is ignored" takes it out; a field the site reads must never be called unknown.
  it.each([
    ['story', 'story: b'],
    ['story: none', 'story: none'],
    ['translations', 'translations: [a-story-in-french]'],
    ['lang', 'lang: fr'],
    ['dateline', 'dateline: TESSALY'],
    ['type', 'type: analysis'],
  ])('reads %s without a warning', (_what, line) => {
    const { problems } = problemsOf({ 'a.md': articleText([...ok, line]), 'b.md': articleText(['title: Another', 'date: 2024-01-03', 'story: varnia-election']) });
    expect(problems.filter((p) => p.severity === 'warning').map(formatProblem)).toEqual([]);
  });

  it('knows every field the schema reads', () => {
    const read = Object.keys(createFrontMatterSchema(testSite).shape);
    expect(read.filter((field) => !(KNOWN_FIELDS as readonly string[]).includes(field))).toEqual([]);
  });
});

describe('validateArticles: keys and failures that must not confuse the check', () => {
  it.each([['__proto__'], ['constructor'], ['prototype'], ['toString'], ['hasOwnProperty']])('warns about a %s key without a nonsense suggestion', (key) => {
    const { problems, articles } = problemsOf({ 'a.md': articleText([...ok, `${key}: { polluted: true }`]) });
    expect(articles).toHaveLength(1);
    expect(problems.map(formatProblem)).toEqual([`a.md:4: warning: ${key}: is not a field of the article format and is ignored`]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports a file whose check throws as a problem of that file, and checks the others', () => {
    const broken = {
      file: 'broken.md',
      get text(): string {
        throw new Error('the disk went away');
      },
    };
    const { problems, articles } = validateArticles([broken, { file: 'fine.md', text: articleText(ok) }], testSite);
    expect(problems.map(formatProblem)).toEqual(['broken.md: file: could not be checked: the disk went away']);
    expect(articles.map((a) => a.slug)).toEqual(['fine']);
  });
});
