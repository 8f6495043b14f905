import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRelatedCache, relatedCacheEntry, storedUnderKey, writeRelatedCache, type RelatedAndStoriesInput } from '../../../src/build/related/related-cache.ts';
import type { BodyFile, JobArticle } from '../../../src/build/related/related-links.ts';

const article = (slug: string, changes: Partial<JobArticle> = {}): JobArticle => ({
  slug,
  title: `Floods close the ${slug} bridge`,
  standfirst: 'The river rose overnight.',
  bodyText: 'Engineers closed the bridge at dawn as the river rose.',
  tags: ['Floods'],
  section: 'news',
  date: new Date('2026-11-30T08:00:00Z'),
  pinned: [],
  ...changes,
});

const input = (articles: JobArticle[], storyOf: [string, string][] = [], limit = 5): RelatedAndStoriesInput => ({ job: { articles, options: { limit } }, storyOf: new Map(storyOf) });

const base = input([article('a'), article('b')]);
const key = (made: RelatedAndStoriesInput, sources = 'code-1'): string => relatedCacheEntry('/cache', sources, made).key;

describe('the related links are kept for the next build only while nothing they are made from changes', () => {
  it('gives the same key to the same articles', () => {
    expect(key(input([article('a'), article('b')]))).toBe(key(base));
  });

  it.each<[string, RelatedAndStoriesInput, string?]>([
    ['a headline', input([article('a', { title: 'Bridge reopens' }), article('b')])],
    ['a standfirst', input([article('a', { standfirst: 'The river fell.' }), article('b')])],
    ['one word of a body', input([article('a', { bodyText: 'Engineers opened the bridge at dawn as the river rose.' }), article('b')])],
    ['the tags', input([article('a', { tags: ['Floods', 'Bridges'] }), article('b')])],
    ['the section', input([article('a', { section: 'world' }), article('b')])],
    ['the publication time, by a second', input([article('a', { date: new Date('2026-11-30T08:00:01Z') }), article('b')])],
    ['the editors’ related links', input([article('a', { pinned: ['b'] }), article('b')])],
    ['the editors’ story', input([article('a'), article('b')], [['a', 'bridge-floods']])],
    ['the site’s number of links', input([article('a'), article('b')], [], 4)],
    ['an article added', input([article('a'), article('b'), article('c')])],
    ['an article withdrawn', input([article('a')])],
    ['the order of the articles', input([article('b'), article('a')])],
    ['the code or settings', base, 'code-2'],
  ])('gives another key when %s changes', (_change, changed, sources) => {
    expect(key(changed, sources)).not.toBe(key(base));
  });

  it('keys a body given as its file by the file’s digest: its text, read by the plan or not, does not change the key', () => {
    const file = (digest: string, text?: string): BodyFile => ({ digest, path: '/site/content/articles/a.md', file: 'content/articles/a.md', ...(text === undefined ? {} : { text }) });
    const withBody = (body: BodyFile): RelatedAndStoriesInput => input([article('a', { bodyText: body }), article('b')]);
    expect(key(withBody(file('d1', 'Engineers closed the bridge.')))).toBe(key(withBody(file('d1'))));
    expect(key(withBody(file('d2')))).not.toBe(key(withBody(file('d1'))));
    // A text and a file are never taken for each other.
    expect(key(withBody(file('Engineers closed the bridge at dawn as the river rose.')))).not.toBe(key(base));
  });

  it('does not take one field’s end for the next one’s start', () => {
    expect(key(input([article('a', { title: 'Floods', standfirst: 'close' })]))).not.toBe(key(input([article('a', { title: 'Floods close', standfirst: '' })])));
  });

  it('reads back what a build stored under the same key, and nothing under another', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-related-cache-'));
    const entry = relatedCacheEntry(dir, 'code-1', base);
    const made = {
      related: new Map([
        ['a', [{ slug: 'b', score: 0.5, reasons: ['Floods'], pinned: false }]],
        ['b', []],
      ]),
      stories: [{ slug: 'floods-close-the-a-bridge', articles: ['a', 'b'] }],
    };
    expect(readRelatedCache(entry)).toBeUndefined();
    expect(writeRelatedCache(entry, made)).toBeUndefined();
    expect(readRelatedCache(entry)).toEqual(made);
    expect(readRelatedCache(relatedCacheEntry(dir, 'code-2', base))).toBeUndefined();
  });

  it('tells from the file’s opening whether it holds the links of the same key, without reading them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-related-cache-'));
    const entry = relatedCacheEntry(dir, 'code-1', base);
    expect(storedUnderKey(entry)).toBe(false);
    expect(writeRelatedCache(entry, { related: new Map([['a', []]]), stories: [] })).toBeUndefined();
    expect(storedUnderKey(entry)).toBe(true);
    expect(storedUnderKey(relatedCacheEntry(dir, 'code-2', base))).toBe(false);
    // Cut inside its key: not held (and not read).
    writeFileSync(entry.file, `{"key":"${entry.key.slice(0, 10)}`);
    expect(storedUnderKey(entry)).toBe(false);
    expect(readRelatedCache(entry)).toBeUndefined();
    // A folder where the file should be.
    rmSync(entry.file);
    mkdirSync(entry.file);
    expect(storedUnderKey(entry)).toBe(false);
    expect(readRelatedCache(entry)).toBeUndefined();
  });

  it('makes the links again rather than failing when the stored file is damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-related-cache-'));
    const entry = relatedCacheEntry(dir, 'code-1', base);
    writeFileSync(entry.file, '{"key":');
    expect(readRelatedCache(entry)).toBeUndefined();
    writeFileSync(entry.file, JSON.stringify({ key: entry.key, related: 'not a list', stories: [] }));
    expect(readRelatedCache(entry)).toBeUndefined();
  });
});

describe('related links that cannot be kept', () => {
  it('says why, naming the file, instead of stopping the build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-related-cache-'));
    const entry = relatedCacheEntry(dir, 'code-1', base);
    mkdirSync(join(entry.file, 'in-the-way'), { recursive: true });
    expect(writeRelatedCache(entry, { related: new Map(), stories: [] })).toMatch(/related-and-stories\.json: /);
  });
});
