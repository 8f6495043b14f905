import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFrontMatterError, parseFrontMatter } from '../../../src/lib/content/front-matter.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { prepareImport, TAGS_NOTE, type ImportSettings } from '../../../src/lib/wire/prepare-import.ts';
import { siteConfig } from '../../../src/site.config.ts';

const SEED = join(import.meta.dirname, '../../../../shared/seed/kim-jong-un-in-russia.txt');
const PUBLISHED = join(import.meta.dirname, '../../../content/articles/kim-jong-un-in-russia.md');
const FIXTURES = join(import.meta.dirname, '../../fixtures/wire');

const settings: ImportSettings = { date: '2024-03-05T09:30:00Z', section: 'news', site: siteConfig, fileName: 'story.txt' };
const utf8 = (text: string) => new TextEncoder().encode(text);

function imported(bytes: Uint8Array, overrides: Partial<ImportSettings> = {}) {
  const result = prepareImport(bytes, { ...settings, ...overrides });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe.skipIf(!existsSync(SEED))('importing the seed (skipped when ../shared/seed is absent)', () => {
  it('reproduces the published article, apart from the tags line an editor wrote', () => {
    const result = imported(readFileSync(SEED), { date: '2023-09-12T21:00:00+01:00', section: 'world' });
    const withoutTags = (text: string) => text.replace(/^tags:.*\n/m, '');
    expect(withoutTags(result.text)).toBe(withoutTags(readFileSync(PUBLISHED, 'utf8')));
    expect(result.text).toMatch(new RegExp(`^tags: \\[.*\\] # ${TAGS_NOTE}$`, 'm'));
  });

  it('writes any date it is given, and only the date changes', () => {
    const a = imported(readFileSync(SEED), { date: '2023-09-12T21:00:00+01:00' }).text;
    const b = imported(readFileSync(SEED), { date: '2024-01-02' }).text;
    expect(b).toBe(a.replace('date: 2023-09-12T21:00:00+01:00', 'date: 2024-01-02'));
  });
});

describe('prepareImport', () => {
  it('makes an article the build accepts, with the slug from the headline', () => {
    const result = imported(readFileSync(join(FIXTURES, 'one-per-line.txt')));
    expect(result.slug).toBe('varnias-new-ferry-link-to-soltria-opens-after-two-years-of-delays');
    const { articles, problems } = validateArticles([{ file: `${result.slug}.md`, text: result.text }], siteConfig);
    expect(problems).toEqual([]);
    expect(articles[0]?.frontMatter).toMatchObject({ title: "Varnia's new ferry link to Soltria opens after two years of delays", date: '2024-03-05T09:30:00Z', section: 'news', source: 'AFP' });
  });

  it('reads the same story from a BOM, CRLF file as from a plain LF one', () => {
    const lf = readFileSync(join(FIXTURES, 'blank-lines.txt'), 'utf8');
    const bomCrlf = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(lf.replace(/\n/g, '\r\n'))]);
    expect(imported(bomCrlf).text).toBe(imported(utf8(lf)).text);
  });

  it.each([
    ['a Reuters dateline, its agency the credit', 'KESTRIN, March 4 (Reuters) - Engineers said the dam held.', 'KESTRIN', 'Reuters', 'Engineers said the dam held.'],
    ['an AFP dateline beside a credit line', 'Port Ellis (AFP) - Ferries resumed.\nAFP', 'Port Ellis', 'AFP', 'Ferries resumed.'],
    ['a plain dateline', 'NORTH HAVEN — The council met.', 'NORTH HAVEN', undefined, 'The council met.'],
    ['no dateline', 'The council met.', undefined, undefined, 'The council met.'],
  ])('reads %s into the dateline field, leaving the paragraph after it', (_name, story, dateline, source, firstParagraph) => {
    const { text } = imported(utf8(`Council meets\nThe council met on Monday.\n${story}\nA second paragraph.\n`));
    const parsed = parseFrontMatter(text);
    if (isFrontMatterError(parsed)) throw new Error(parsed.message);
    expect(parsed.data['dateline']).toBe(dateline);
    expect(parsed.data['source']).toBe(source);
    expect(parsed.body.trim().split('\n\n')[0]).toBe(firstParagraph);
  });

  it('escapes the body but keeps the headline and standfirst as plain YAML text', () => {
    const { text } = imported(readFileSync(join(FIXTURES, 'markdown-looking.txt')));
    const parsed = parseFrontMatter(text);
    if (isFrontMatterError(parsed)) throw new Error(parsed.message);
    expect(parsed.data['title']).toBe('Kite Payments says *most* services restored after outage');
    expect(parsed.data['description']).toBe('Engineers at Kite fixed a fault in the_payments_gateway [see status page] by late evening.');
    expect(parsed.data['source']).toBe('dpa');
    expect(parsed.body).toContain('\n\\# of customers affected');
    expect(parsed.body).toContain('fees charged \\<b>twice\\</b>');
  });

  it.each([
    ['a colon and space', 'Brexit: "the end" of talks'],
    ['a leading double quote', '"Shameful" says minister'],
    ['a leading single quote', "'Unsafe' dam closed"],
    ['a leading bracket', '[Update] Dam closed'],
    ['a leading star', '*Exclusive* Dam closed'],
    ['a leading ampersand', '& then there were none'],
    ['a leading hash', '#MeToo founder speaks'],
    ['a comment-like hash', 'Votes counted #2'],
    ['a leading dash', '- minus ten in Moscow'],
    ['a leading question mark', '? marks the spot'],
    ['a leading at sign', '@dispatch replies'],
    ['a leading percent', '%s of voters'],
    ['a leading exclamation', '!Kung language saved'],
    ['a leading pipe', '| pipes |'],
    ['a leading greater-than', '> 50 dead'],
    ['braces', '{Brace} yourselves'],
    ['a number', '1984'],
    ['a float', '3.14'],
    ['a boolean word', 'true'],
    ['yes', 'yes'],
    ['null', 'null'],
    ['a tilde', '~'],
    ['a date', '2024-01-02'],
    ['a backslash', 'C:\\ drive wiped'],
    ['curly quotes', '‘Moscow’s’ “war”'],
  ])('round-trips a headline and standfirst with %s through YAML', (_name, line) => {
    const { text } = imported(utf8(`${line}\n${line} (standfirst)\nThe story.\n`));
    const { articles, problems } = validateArticles([{ file: 'a.md', text }], siteConfig);
    expect(problems).toEqual([]);
    expect(articles[0]?.frontMatter.title).toBe(line);
    expect(articles[0]?.frontMatter.description).toBe(`${line} (standfirst)`);
  });

  it('cuts a long slug at a word boundary and falls back to the file name when the headline has no Latin letters', () => {
    expect(imported(utf8(`${'Very long headline words '.repeat(8)}\nS.\nBody.\n`)).slug.length).toBeLessThanOrEqual(80);
    expect(imported(utf8('日本の首相が辞任\nS.\nBody.\n'), { fileName: 'Tokyo Story.txt' }).slug).toBe('tokyo-story');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'is empty'],
    ['a headline only', readFileSync(join(FIXTURES, 'headline-only.txt')), 'has only a headline'],
    ['a headline and standfirst', readFileSync(join(FIXTURES, 'headline-standfirst.txt')), 'no story'],
    ['Latin-1 text', new Uint8Array([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x0a, 0x53, 0x0a, 0x42]), 'is not UTF-8 text'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), 'is not UTF-8 text'],
    ['a headline over 200 characters', utf8(`${'x '.repeat(120)}\nS.\nBody.\n`), 'title: the headline is longer than 200 characters'],
    ['a headline with no letters in a file name with none', utf8('日本\nS.\nBody.\n'), 'to make a slug from'],
  ])('refuses %s', (_name, bytes, message) => {
    const result = prepareImport(bytes, { ...settings, fileName: '日本.txt' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});
