// How stable the stories are when the site grows by one article: stories of N Reuters articles,
// then of the same N plus one more (several trials, the extra article spread through the corpus);
// a story that does not hold the new article should come out exactly as it was.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRelated } from '../../src/lib/related/find-related.ts';
import type { RelatedInput } from '../../src/lib/related/types.ts';
import { findStories, type Story } from '../../src/lib/stories/find-stories.ts';
import { materializeCorpus } from './corpus.ts';
import { readMaterializedArticle } from './materialized-articles.ts';

/** What one run of the stability benchmark needs. */
export interface StoryStabilityOptions {
  readonly articles: number;
  readonly trials: number;
}

const membersKey = (articles: readonly string[]): string => [...articles].sort().join(' ');
const storiesOf = (docs: readonly RelatedInput[]): Story[] => findStories(docs, findRelated(docs));

/** Prints, for each added article, how many stories it does not join changed, and the total. */
export function benchStoryStability({ articles, trials }: StoryStabilityOptions): void {
  const work = mkdtempSync(join(tmpdir(), 'dispatch-bench-story-stability-'));
  try {
    const dir = join(work, 'articles');
    const labelsFile = join(work, 'labels.json');
    materializeCorpus(dir, { corpus: 'reuters21578', labelsFile, limit: articles + trials });
    const slugs = Object.keys(JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, unknown>).sort();
    const all = slugs.map((slug) => readMaterializedArticle(dir, slug));
    const extras = Array.from({ length: trials }, (_, t) => all[Math.floor(((t + 0.5) * all.length) / trials)]!);
    const base = all.filter((d) => !extras.includes(d));
    const before = storiesOf(base);
    const beforeKeys = new Set(before.map((s) => membersKey(s.articles)));
    console.log(
      `Story stability: ${base.length} Reuters articles, ${before.length} stories holding ${before.reduce((n, s) => n + s.articles.length, 0)} articles; then one more article, ${trials} times`,
    );
    let changed = 0;
    for (const extra of extras) {
      const after = storiesOf([...base, extra]);
      const afterKeys = new Set(after.map((s) => membersKey(s.articles)));
      // A story is unchanged when it is there as it was, or with the new article added to it.
      const moved = before.filter((s) => !afterKeys.has(membersKey(s.articles)) && !afterKeys.has(membersKey([...s.articles, extra.slug])));
      const born = after.filter((s) => !s.articles.includes(extra.slug) && !beforeKeys.has(membersKey(s.articles)));
      const joined = after.find((s) => s.articles.includes(extra.slug));
      changed += moved.length;
      console.log(
        `  + ${extra.slug.padEnd(16)} joins ${joined === undefined ? 'no story' : `${joined.slug} (${joined.articles.length})`}; stories without it changed: ${moved.length}, new: ${born.length}`,
      );
    }
    console.log(`  stories changed that the new article is not in: ${changed} over ${trials} additions (${(changed / trials / Math.max(1, before.length)).toFixed(3)} of the stories per addition)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
