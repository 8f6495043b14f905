// What each article takes from its body besides the text (its word count and summary), kept in
// the cache folder between builds under the digest of its file and of the code: a build after
// an edit then makes every other article from its front matter alone, without reading its body
// (the related links read the bodies of the chunks they must read again, src/lib/related/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BodyFacts } from '../../lib/article.ts';
import { writeFileAtomically } from '../output/write-file-atomically.ts';

// Changed whenever the file's layout changes; the code's digest covers how the facts are made.
const LAYOUT = 'dispatch-article-facts-1';

/** Where a build keeps the facts, and the digest of the code that made them. */
export interface ArticleFactsCache {
  readonly file: string;
  readonly salt: string;
}

interface FactsFile {
  readonly layout: string;
  readonly salt: string;
  /** [file digest, word count, summary], one an article. */
  readonly facts: readonly (readonly [string, number, string])[];
}

/** The cache of a build whose code has the digest `salt`, in `cacheDir`. */
export function articleFactsCache(cacheDir: string, salt: string): ArticleFactsCache {
  return { file: join(cacheDir, 'article-facts.json'), salt };
}

/** The facts the last build kept, by file digest: none when there is no file, it is damaged, or another code made it (the bodies are then simply read). */
export function readArticleFacts(cache: ArticleFactsCache): Map<string, BodyFacts> {
  let stored: Partial<FactsFile>;
  try {
    stored = JSON.parse(readFileSync(cache.file, 'utf8')) as Partial<FactsFile>;
  } catch {
    return new Map();
  }
  if (stored.layout !== LAYOUT || stored.salt !== cache.salt || !Array.isArray(stored.facts)) return new Map();
  const facts = new Map<string, BodyFacts>();
  for (const entry of stored.facts as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 3) return new Map();
    const [digest, wordCount, summary] = entry as unknown[];
    if (typeof digest !== 'string' || digest === '' || typeof summary !== 'string' || typeof wordCount !== 'number' || !Number.isInteger(wordCount) || wordCount < 0) return new Map();
    facts.set(digest, { wordCount, summary });
  }
  return facts;
}

/**
 * Keeps this build's facts (by file digest) for the next, in place of the last build's: the
 * facts of files no longer there are let go. Returns why they could not be kept, or undefined:
 * keeping them only saves the next build time, so a failure is reported, not fatal.
 */
export function writeArticleFacts(cache: ArticleFactsCache, facts: ReadonlyMap<string, BodyFacts>): string | undefined {
  try {
    const file: FactsFile = { layout: LAYOUT, salt: cache.salt, facts: [...facts].map(([digest, { wordCount, summary }]) => [digest, wordCount, summary] as const) };
    writeFileAtomically(cache.file, JSON.stringify(file));
    return undefined;
  } catch (error) {
    return `${cache.file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
