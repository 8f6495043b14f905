import { createAccumulator, findCandidates, type InvertedIndex, type StrongTerms } from './inverted-index.ts';
import type { Beats } from './ranking.ts';
import type { Scorer } from './scorer.ts';
import type { SparseVector } from './vectorize.ts';

/**
 * Every article's scored candidates from the inverted index, and its few best neighbours.
 * Flat typed arrays (row a holds article a's entries) keep a large site's garbage low.
 */
export interface NeighbourTable {
  /** Candidates per article (row width). */
  readonly width: number;
  /** Best neighbours kept per article, ranked. */
  readonly hop: number;
  readonly docs: Int32Array;
  readonly scores: Float64Array;
  /** The TF-IDF cosine part of each score. */
  readonly lexical: Float64Array;
  readonly counts: Int32Array;
  /** Row a: article a's best `hop` neighbours, best first; -1 pads short rows. */
  readonly nearest: Int32Array;
}

/** How many candidates to find and score per article. */
export interface NeighbourSettings {
  readonly candidates: number;
  readonly queryTerms: number;
  readonly hop: number;
}

/** Looks up each article's candidates in the pruned index and scores them with the full model. */
export function findNeighbours(vectors: readonly SparseVector[], index: InvertedIndex, strong: StrongTerms, scorer: Scorer, beats: Beats, settings: NeighbourSettings): NeighbourTable {
  const n = vectors.length;
  const { candidates: width, hop } = settings;
  const docs = new Int32Array(n * width);
  const scores = new Float64Array(n * width);
  const lexical = new Float64Array(n * width);
  const counts = new Int32Array(n);
  const nearest = new Int32Array(n * hop).fill(-1);
  const nearestScores = new Float64Array(hop);
  const acc = createAccumulator(n);
  for (let a = 0; a < n; a++) {
    scorer.focus(a);
    const found = findCandidates(index, vectors[a]!, strong, settings.queryTerms, a, width, acc);
    const row = a * width;
    const top = a * hop;
    for (let i = 0; i < found.length; i++) {
      const b = found[i]!;
      const score = scorer.score(b);
      docs[row + i] = b;
      scores[row + i] = score;
      lexical[row + i] = scorer.lastLexical();
      // Insertion into the short ranked list of the best neighbours.
      let at = Math.min(i, hop);
      while (at > 0 && beats(score, b, nearestScores[at - 1]!, nearest[top + at - 1]!)) {
        if (at < hop) {
          nearest[top + at] = nearest[top + at - 1]!;
          nearestScores[at] = nearestScores[at - 1]!;
        }
        at--;
      }
      if (at < hop) {
        nearest[top + at] = b;
        nearestScores[at] = score;
      }
    }
    counts[a] = found.length;
  }
  return { width, hop, docs, scores, lexical, counts, nearest };
}

/** Scored candidates for one article, reused from one article to the next. */
export interface CandidatePool {
  readonly docs: Int32Array;
  readonly scores: Float64Array;
  readonly lexical: Float64Array;
  size: number;
}

/** Allocates a pool big enough for the candidates and second-hop neighbours of one article. */
export function createCandidatePool(capacity: number): CandidatePool {
  return { docs: new Int32Array(capacity), scores: new Float64Array(capacity), lexical: new Float64Array(capacity), size: 0 };
}

/**
 * Fills the pool with article a's candidates plus the best neighbours of its best neighbours
 * (stories on the same subject told in other words), skipping articles with seen[b] === a.
 * The scorer must be focused on a.
 */
export function gatherCandidates(table: NeighbourTable, a: number, from: number, take: number, scorer: Scorer, seen: Int32Array, pool: CandidatePool): void {
  pool.size = 0;
  const add = (b: number, score: number, lexical: number): void => {
    seen[b] = a;
    pool.docs[pool.size] = b;
    pool.scores[pool.size] = score;
    pool.lexical[pool.size++] = lexical;
  };
  const row = a * table.width;
  for (let i = 0; i < table.counts[a]!; i++) {
    const b = table.docs[row + i]!;
    if (seen[b] !== a) add(b, table.scores[row + i]!, table.lexical[row + i]!);
  }
  for (let h = 0; h < Math.min(from, table.hop); h++) {
    const via = table.nearest[a * table.hop + h]!;
    if (via < 0) break;
    for (let k = 0; k < Math.min(take, table.hop); k++) {
      const b = table.nearest[via * table.hop + k]!;
      if (b < 0) break;
      if (seen[b] === a) continue;
      const score = scorer.score(b);
      add(b, score, scorer.lastLexical());
    }
  }
}

/** Article b's score in article c's row of candidates, or 0 when b is not among them. */
export function rowScore(table: NeighbourTable, c: number, b: number): number {
  const row = c * table.width;
  const count = table.counts[c]!;
  for (let i = 0; i < count; i++) if (table.docs[row + i] === b) return table.scores[row + i]!;
  return 0;
}
