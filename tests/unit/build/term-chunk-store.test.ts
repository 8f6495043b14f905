import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeTermChunk, encodeTermChunk, termChunkFolder } from '../../../src/build/related/term-chunk-store.ts';
import { runRelatedJob, termCacheReport, type RelatedJob } from '../../../src/build/related/related-links.ts';
import { findRelated } from '../../../src/lib/related/find-related.ts';
import { chunkBounds, readChunk, type TermChunk } from '../../../src/lib/related/term-chunks.ts';
import { findStories } from '../../../src/lib/stories/find-stories.ts';
import { DEFAULT_TUNING } from '../../../src/lib/related/tuning.ts';
import { generatedSite } from '../../support/generated-site.ts';

const articles = generatedSite(5, { seed: 3, words: 12 }).articles.map((a, i) =>
  i === 1 ? { ...a, title: 'STORM CLOSES KYIV AIRPORT', bodyText: 'Київ: аеропорт закрито. Flights to Kyiv resume on Monday.' } : a,
);
const chunk = readChunk(articles, DEFAULT_TUNING);

const plain = (c: TermChunk) => ({ ...c, offsets: [...c.offsets], ids: [...c.ids], counts: [...c.counts] });

describe("a chunk of the engine's words in a file", () => {
  it('reads back as it was written, forms and all', () => {
    const back = decodeTermChunk(encodeTermChunk(chunk), articles.length);
    expect(back && plain(back)).toEqual(plain(chunk));
    expect(chunk.shoutedForm.some((form) => form !== undefined)).toBe(true);
  });

  it.each([
    ['at the start of a buffer of its own, as a file is read', 0],
    ['one byte into a buffer', 1],
    ['four bytes into a buffer', 4],
  ])('reads back the same whichever way its bytes sit: %s', (_, offset) => {
    const bytes = encodeTermChunk(chunk);
    const buffer = Buffer.alloc(bytes.length + offset);
    bytes.copy(buffer, offset);
    const back = decodeTermChunk(buffer.subarray(offset), articles.length);
    expect(back && plain(back)).toEqual(plain(chunk));
  });

  it.each<[string, (bytes: Buffer) => Buffer, number?]>([
    ['for another number of articles', (bytes) => bytes, articles.length + 1],
    ['cut short', (bytes) => bytes.subarray(0, bytes.length - 4)],
    ['with a byte too many', (bytes) => Buffer.concat([bytes, Buffer.alloc(1)])],
    ['without its first line', (bytes) => bytes.subarray(bytes.indexOf(10) + 1)],
    ['with a first line that is not JSON', (bytes) => Buffer.concat([Buffer.from('{"layout":'), bytes.subarray(bytes.indexOf(10))])],
    [
      'with a term number out of range',
      (bytes) => {
        const copy = Buffer.from(bytes);
        const start = Math.ceil((copy.indexOf(10) + 1) / 8) * 8;
        copy.writeInt32LE(1_000_000, start + chunk.ids.length * 8);
        return copy;
      },
    ],
  ])('is not taken %s', (_, damage, count = articles.length) => {
    expect(decodeTermChunk(damage(encodeTermChunk(chunk)), count)).toBeUndefined();
  });
});

describe("the cache folder of the engine's words", () => {
  it('gives back a chunk to the same code, not to other code, and forgets what a run did not use', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dispatch-terms-')), 'related-terms');
    const first = termChunkFolder(dir, 'code-1');
    first.write('chunk-a', chunk);
    first.write('chunk-b', chunk);
    expect(first.summary()).toEqual({ kept: 0, read: 2 });

    const second = termChunkFolder(dir, 'code-1');
    expect(second.read('chunk-a', articles.length)).toBeDefined();
    expect(termChunkFolder(dir, 'code-2').read('chunk-a', articles.length)).toBeUndefined();
    expect(second.summary()).toEqual({ kept: 1, read: 0 });
    writeFileSync(join(dir, 'left-by-a-stopped-build.tmp'), 'half');
    second.forgetOthers();
    expect(readdirSync(dir)).toHaveLength(1);
    expect(termChunkFolder(dir, 'code-1').read('chunk-b', articles.length)).toBeUndefined();
  });

  it('reports a chunk it could not keep, and goes on', () => {
    // A folder inside a file cannot be made, whoever runs the test.
    const file = join(mkdtempSync(join(tmpdir(), 'dispatch-terms-')), 'a-file');
    writeFileSync(file, '');
    const folder = termChunkFolder(join(file, 'related-terms'), 'code-1');
    folder.write('chunk-a', chunk);
    expect(folder.summary()).toMatchObject({ kept: 0, read: 1, problem: expect.stringMatching(/a-file/) });
  });
});

describe("the cache folder's named things", () => {
  const names = [['harbour line', 'rotterdam', '1200'], [], ['київ']];

  it('gives them back to the same code, in order, and not for another number of articles', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dispatch-terms-')), 'related-terms');
    termChunkFolder(dir, 'code-1').writeNames('chunk-a', names);
    expect(termChunkFolder(dir, 'code-1').readNames('chunk-a', 3)).toEqual(names);
    expect(termChunkFolder(dir, 'code-1').readNames('chunk-a', 4)).toBeUndefined();
    expect(termChunkFolder(dir, 'code-2').readNames('chunk-a', 3)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['not JSON', '{"layout":'],
    ['a list of numbers', JSON.stringify({ layout: 'dispatch-term-chunk-1', articles: 1, names: [[1, 2]] })],
    ['another layout', JSON.stringify({ layout: 'dispatch-term-chunk-0', articles: 1, names: [['a']] })],
  ])('are not taken from a file that is %s', (_, text) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dispatch-terms-')), 'related-terms');
    const folder = termChunkFolder(dir, 'code-1');
    folder.writeNames('chunk-a', [['a']]);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file ?? ''), text);
    expect(termChunkFolder(dir, 'code-1').readNames('chunk-a', 1)).toBeUndefined();
  });
});

describe('the engine run with a cache folder', () => {
  it('gives the links of a run without one, and says what it kept and read', { timeout: 60_000 }, () => {
    const site = generatedSite(3000, { seed: 9, words: 24 }).articles;
    const termCache = { dir: join(mkdtempSync(join(tmpdir(), 'dispatch-terms-')), 'related-terms'), salt: 'code-1' };
    const expected = findRelated(site, { limit: 4 });
    // Generated text names nothing, so the one story is the editors'.
    const storyOf = new Map([
      ['story-0010', 'harbour-strike'],
      ['story-0020', 'harbour-strike'],
    ]);
    const expectedStories = findStories(
      site.map((a) => ({ ...a, story: storyOf.get(a.slug) })),
      expected,
    );
    const first = runRelatedJob({ articles: site, options: { limit: 4 }, termCache, storyOf });
    expect(first.links).toEqual(expected);
    expect(first.stories).toEqual(expectedStories);
    expect(expectedStories.length).toBeGreaterThan(0);
    const chunks = first.terms?.read ?? 0;
    expect(chunks).toBeGreaterThan(1);
    const second = runRelatedJob({ articles: site, options: { limit: 4 }, termCache, storyOf });
    expect(second.links).toEqual(expected);
    expect(second.stories).toEqual(expectedStories);
    expect(second.terms).toEqual({ kept: chunks, read: 0 });
    // A file of words and one of named things a chunk.
    expect(readdirSync(termCache.dir)).toHaveLength(chunks * 2);
    expect(runRelatedJob({ articles: site, options: { limit: 4 } }).stories).toBeUndefined();
  });
});

describe('the engine run on bodies given as their files', () => {
  it('reads the body of no article whose chunk it kept, and of every article of a chunk it reads again', { timeout: 60_000 }, () => {
    const site = generatedSite(2500, { seed: 5, words: 20 }).articles;
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-bodies-'));
    const termCache = { dir: join(dir, 'related-terms'), salt: 'code-1' };
    const storyOf = new Map([
      ['story-0100', 'harbour-strike'],
      ['story-0200', 'harbour-strike'],
    ]);
    const stories = (articles: typeof site) =>
      findStories(
        articles.map((a) => ({ ...a, story: storyOf.get(a.slug) })),
        findRelated(articles, { limit: 4 }),
      );
    const path = (slug: string): string => join(dir, `${slug}.md`);
    const writeBody = (slug: string, text: string): void => writeFileSync(path(slug), `---\ntitle: "${slug}"\n---\n\n${text}\n`);
    // Not an article any more: reading it stops the job, naming the file.
    const spoil = (slug: string): void => writeFileSync(path(slug), 'no front matter\n');
    const job = (articles: readonly { slug: string; bodyText: string }[], version: (slug: string) => string): RelatedJob => ({
      articles: site.map((a, i) => ({ ...a, bodyText: { digest: version(a.slug), path: path(a.slug), file: `content/articles/${a.slug}.md`, ...(i === 0 ? { text: articles[i]!.bodyText } : {}) } })),
      options: { limit: 4 },
      termCache,
      storyOf,
    });
    for (const { slug, bodyText } of site) writeBody(slug, bodyText);
    const first = runRelatedJob(job(site, () => 'v1'));
    expect(first.links).toEqual(findRelated(site, { limit: 4 }));
    expect(first.stories).toEqual(stories(site));

    // Nothing changed: every chunk is kept, and no body is read (each file now fails to read).
    for (const { slug } of site) spoil(slug);
    const kept = runRelatedJob(job(site, () => 'v1'));
    expect(kept.links).toEqual(first.links);
    expect(kept.stories).toEqual(first.stories);
    expect(kept.terms).toMatchObject({ read: 0 });

    // One article edited: its chunk is read again, from its articles' files.
    const sorted = site.map((a) => a.slug).sort();
    const edited = sorted[1234]!;
    const [start, end] = chunkBounds(sorted).find(([from, to]) => from <= 1234 && 1234 < to)!;
    const after = site.map((a) => (a.slug === edited ? { ...a, bodyText: `${a.bodyText} The harbour strike ended at noon.` } : a));
    for (const slug of sorted.slice(start, end)) writeBody(slug, after.find((a) => a.slug === slug)!.bodyText);
    const again = runRelatedJob(job(after, (slug) => (slug === edited ? 'v2' : 'v1')));
    expect(again.terms).toMatchObject({ read: 1 });
    expect(again.links).toEqual(findRelated(after, { limit: 4 }));
    expect(again.stories).toEqual(stories(after));

    // A body that must be read and cannot be names its file.
    spoil(edited);
    expect(() => runRelatedJob(job(after, (slug) => (slug === edited ? 'v3' : 'v1')))).toThrow(new RegExp(`${edited}\\.md: .*front matter`));
  });
});

describe("the build's line about the engine's words", () => {
  it.each<[string, Parameters<typeof termCacheReport>[1], string | undefined]>([
    ['no cache', undefined, undefined],
    ['a first build', { kept: 0, read: 1 }, 'words of 18 articles: read in 1 chunk, none in the cache'],
    ['a build after an edit', { kept: 89, read: 1 }, 'words of 18 articles in 90 chunks: 89 from the cache, 1 read from the articles'],
    ['a full disk', { kept: 0, read: 2, problem: '/cache/x.terms: ENOSPC' }, 'words of 18 articles: read in 2 chunks, none in the cache; not kept for the next build (/cache/x.terms: ENOSPC)'],
  ])('says what %s kept and read', (_, terms, line) => {
    expect(termCacheReport(18, terms)).toBe(line);
  });
});
