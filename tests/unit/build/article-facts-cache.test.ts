import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFactsCache, readArticleFacts, writeArticleFacts } from '../../../src/build/site-plan/article-facts-cache.ts';
import type { BodyFacts } from '../../../src/lib/article.ts';

const facts = new Map<string, BodyFacts>([
  ['digest-a', { wordCount: 412, summary: 'The ferry left the quay at dawn with forty passengers.' }],
  ['digest-b', { wordCount: 1, summary: 'Київ: «аеропорт» закрито — 𝄞 and "quotes"' }],
]);

describe("the articles' word counts and summaries kept between builds", () => {
  it('gives them back to the same code, and nothing to other code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-facts-'));
    expect(readArticleFacts(articleFactsCache(dir, 'code-1'))).toEqual(new Map());
    expect(writeArticleFacts(articleFactsCache(dir, 'code-1'), facts)).toBeUndefined();
    expect(readArticleFacts(articleFactsCache(dir, 'code-1'))).toEqual(facts);
    expect(readArticleFacts(articleFactsCache(dir, 'code-2'))).toEqual(new Map());
  });

  it('keeps only the last build’s: the facts of a file since changed are let go', () => {
    const cache = articleFactsCache(mkdtempSync(join(tmpdir(), 'dispatch-facts-')), 'code-1');
    writeArticleFacts(cache, facts);
    writeArticleFacts(cache, new Map([['digest-c', { wordCount: 3, summary: 'Three words here.' }]]));
    expect([...readArticleFacts(cache).keys()]).toEqual(['digest-c']);
  });

  it.each([
    ['not JSON', '{"layout": "dispatch-article-facts-1", "salt": "code-1", "facts": [['],
    ['another layout', JSON.stringify({ layout: 'dispatch-article-facts-0', salt: 'code-1', facts: [['d', 1, 'One.']] })],
    ['a word count that is not a count', JSON.stringify({ layout: 'dispatch-article-facts-1', salt: 'code-1', facts: [['d', -1, 'One.']] })],
    ['a summary that is not text', JSON.stringify({ layout: 'dispatch-article-facts-1', salt: 'code-1', facts: [['d', 1, null]] })],
    ['an empty digest', JSON.stringify({ layout: 'dispatch-article-facts-1', salt: 'code-1', facts: [['', 1, 'One.']] })],
    ['an entry cut short', JSON.stringify({ layout: 'dispatch-article-facts-1', salt: 'code-1', facts: [['d', 1]] })],
  ])('takes nothing from a file with %s: every body is read again', (_damage, text) => {
    const cache = articleFactsCache(mkdtempSync(join(tmpdir(), 'dispatch-facts-')), 'code-1');
    writeFileSync(cache.file, text);
    expect(readArticleFacts(cache)).toEqual(new Map());
  });

  it('says why it could not keep them, and does not throw', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-facts-'));
    // A folder where the file goes: no one, not even root, can write the file there.
    mkdirSync(join(dir, 'article-facts.json', 'in-the-way'), { recursive: true });
    expect(writeArticleFacts(articleFactsCache(dir, 'code-1'), facts)).toMatch(/article-facts\.json: /);
  });
});
