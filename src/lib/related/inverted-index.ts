import { kthLargest, topKByScore } from './top-k.ts';
import type { SparseVector } from './vectorize.ts';

/** Posting lists in one flat layout: the postings of term t sit in [start[t], start[t + 1]). */
export interface InvertedIndex {
  readonly start: Int32Array;
  readonly docs: Int32Array;
  readonly weights: Float64Array;
}

/** How much of each article goes into the index. */
export interface IndexLimits {
  /** Highest-weighted terms of each article that are indexed. */
  readonly termsPerDocument: number;
  /** Longest posting list kept, highest weights first. */
  readonly maxPostings: number;
}

/**
 * Each article's terms that can link it to another, highest weight first (ties by term id), as
 * positions into its vector: article d's are positions[d * width] on, counts[d] of them.
 */
export interface StrongTerms {
  readonly positions: Int32Array;
  readonly counts: Int32Array;
  readonly width: number;
}

/**
 * Ranks every article's linking terms, keeping at most `width` each. A term links when two
 * articles have it (`documentFrequency`) and it is not too common among the settled ones
 * (`settledFrequency`), so that one added article never makes a common word too common for all.
 */
export function rankStrongTerms(vectors: readonly SparseVector[], documentFrequency: Int32Array, settledFrequency: Int32Array, maxDocumentFrequency: number, width: number): StrongTerms {
  const positions = new Int32Array(vectors.length * width);
  const counts = new Int32Array(vectors.length);
  const eligible: number[] = [];
  vectors.forEach((vector, d) => {
    eligible.length = 0;
    for (let i = 0; i < vector.ids.length; i++) {
      const t = vector.ids[i]!;
      // A term in one article only links nothing.
      if (documentFrequency[t]! >= 2 && settledFrequency[t]! <= maxDocumentFrequency) eligible.push(i);
    }
    // Positions follow term ids, so "lower position first" is "lower term id first".
    const weights = vector.weights;
    eligible.sort((x, y) => weights[y]! - weights[x]! || x - y);
    const count = Math.min(width, eligible.length);
    for (let k = 0; k < count; k++) positions[d * width + k] = eligible[k]!;
    counts[d] = count;
  });
  return { positions, counts, width };
}

/** Builds a pruned inverted index: each article's strongest terms, each list capped at its heaviest postings. */
export function buildInvertedIndex(vectors: readonly SparseVector[], strong: StrongTerms, vocabularySize: number, limits: IndexLimits): InvertedIndex {
  const { positions, width } = strong;
  const chosenCount = (d: number): number => Math.min(strong.counts[d]!, limits.termsPerDocument);
  const length = new Int32Array(vocabularySize);
  vectors.forEach((v, d) => {
    for (let k = 0; k < chosenCount(d); k++) length[v.ids[positions[d * width + k]!]!]!++;
  });
  const start = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) start[t + 1] = start[t]! + Math.min(length[t]!, limits.maxPostings);

  // Gather every posting, then keep the heaviest maxPostings of each term.
  const fullStart = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) fullStart[t + 1] = fullStart[t]! + length[t]!;
  const fill = fullStart.slice(0, vocabularySize);
  const allDocs = new Int32Array(fullStart[vocabularySize]!);
  const allWeights = new Float64Array(allDocs.length);
  vectors.forEach((v, d) => {
    for (let k = 0; k < chosenCount(d); k++) {
      const i = positions[d * width + k]!;
      const t = v.ids[i]!;
      const at = fill[t]!++;
      allDocs[at] = d;
      allWeights[at] = v.weights[i]!;
    }
  });
  const docs = new Int32Array(start[vocabularySize]!);
  const weights = new Float64Array(docs.length);
  const order: number[] = [];
  for (let t = 0; t < vocabularySize; t++) {
    const from = fullStart[t]!;
    const count = fullStart[t + 1]! - from;
    let kept: number[];
    if (count <= limits.maxPostings) {
      kept = order;
      kept.length = 0;
      for (let p = from; p < from + count; p++) kept.push(p);
    } else {
      // The heaviest maxPostings, found by the weight of the last one kept; ties go to earlier postings.
      const bar = kthLargest(allWeights.slice(from, from + count), limits.maxPostings);
      kept = order;
      kept.length = 0;
      for (let p = from; p < from + count && kept.length < limits.maxPostings; p++) if (allWeights[p]! > bar) kept.push(p);
      for (let p = from; p < from + count && kept.length < limits.maxPostings; p++) if (allWeights[p] === bar) kept.push(p);
      kept.sort((x, y) => x - y);
    }
    let at = start[t]!;
    for (const p of kept) {
      docs[at] = allDocs[p]!;
      weights[at++] = allWeights[p]!;
    }
  }
  return { start, docs, weights };
}

/** Reusable scratch space for candidate look-ups, so each look-up allocates nothing large. */
export interface Accumulator {
  readonly scores: Float64Array;
  readonly touched: Int32Array;
}

/** Allocates an accumulator for an index over `size` articles. */
export function createAccumulator(size: number): Accumulator {
  return { scores: new Float64Array(size), touched: new Int32Array(size) };
}

/** The articles that share the most weight with article `self` through its first `queryTerms` strong terms, best first. */
export function findCandidates(index: InvertedIndex, vector: SparseVector, strong: StrongTerms, queryTerms: number, self: number, count: number, acc: Accumulator): number[] {
  const { scores, touched } = acc;
  let touchedCount = 0;
  const from = self * strong.width;
  // Query terms come heaviest first and postings in index order, a fixed summation order.
  for (let q = 0; q < Math.min(queryTerms, strong.counts[self]!); q++) {
    const i = strong.positions[from + q]!;
    const t = vector.ids[i]!;
    const wq = vector.weights[i]!;
    for (let p = index.start[t]!; p < index.start[t + 1]!; p++) {
      const d = index.docs[p]!;
      if (d === self) continue;
      if (scores[d] === 0) touched[touchedCount++] = d;
      scores[d]! += wq * index.weights[p]!;
    }
  }
  const best = topKByScore(touched, touchedCount, scores, count);
  for (let i = 0; i < touchedCount; i++) scores[touched[i]!] = 0;
  return best;
}
