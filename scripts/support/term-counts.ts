import { bodyTextOf } from '../../src/lib/related/body-text.ts';
import { STOPWORDS } from '../../src/lib/related/stopwords.ts';
import type { RelatedInput } from '../../src/lib/related/types.ts';

/** The baselines' bag of words: each article's term counts and each term's number of articles. */
export interface TermCounts {
  /** How many terms there are (ids 0 … size − 1). */
  readonly size: number;
  /** Per article: term id → how often it occurs in headline and body. */
  readonly counts: readonly Map<number, number>[];
  /** Per term id: how many articles hold it. */
  readonly df: Int32Array;
}

/**
 * Counts the words of each article's headline and body as the plain TF-IDF and LSI baselines
 * read them (lower-cased a–z runs of two letters or more, the engine's stopwords left out), so
 * every baseline of `npm run bench:related` is the same plain model.
 */
export function termCounts(docs: readonly Pick<RelatedInput, 'title' | 'bodyText'>[]): TermCounts {
  const ids = new Map<string, number>();
  const counts = docs.map((d) => {
    const tf = new Map<number, number>();
    for (const w of `${d.title}\n${bodyTextOf(d.bodyText)}`.toLowerCase().match(/[a-z]+/g) ?? []) {
      if (w.length < 2 || STOPWORDS.has(w)) continue;
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = ids.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Int32Array(ids.size);
  for (const v of counts) for (const t of v.keys()) df[t]!++;
  return { size: ids.size, counts, df };
}
