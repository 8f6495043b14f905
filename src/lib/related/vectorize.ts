import type { TermColumns } from './features.ts';

/** A sparse vector: term ids in ascending order and their weights. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/**
 * Every article as a unit-length TF-IDF vector, with the number of articles each term occurs in:
 * among all of them, and among the settled ones the weights are learnt from.
 */
export interface TfIdfModel {
  readonly vectors: SparseVector[];
  readonly documentFrequency: Int32Array;
  readonly settledFrequency: Int32Array;
  readonly settledCount: number;
}

/**
 * Builds unit-length TF-IDF vectors with sublinear term frequency (1 + ln tf) and smoothed idf.
 * The idf counts only the settled articles (all when `settled` is left out), so that an article
 * added after them re-weighs no word of any other; a word only new articles use weighs as a
 * word of one article.
 */
export function vectorize(columns: TermColumns, vocabularySize: number, settled?: Uint8Array): TfIdfModel {
  const { offsets } = columns;
  const n = offsets.length - 1;
  const total = offsets[n]!;
  const ids = columns.ids.subarray(0, total);
  const documentFrequency = new Int32Array(vocabularySize);
  for (let i = 0; i < total; i++) documentFrequency[ids[i]!]!++;
  let settledFrequency = documentFrequency;
  let settledCount = n;
  if (settled !== undefined) {
    settledFrequency = new Int32Array(vocabularySize);
    settledCount = 0;
    for (let d = 0; d < n; d++) {
      if (settled[d] !== 1) continue;
      settledCount++;
      for (let i = offsets[d]!; i < offsets[d + 1]!; i++) settledFrequency[ids[i]!]!++;
    }
  }

  const idf = new Float64Array(vocabularySize);
  for (let t = 0; t < vocabularySize; t++) idf[t] = Math.log((settledCount + 1) / Math.max(1, settledFrequency[t]!));

  // One buffer for every weight; each article's vector is a view into it.
  const weights = new Float64Array(total);
  const vectors: SparseVector[] = [];
  for (let d = 0; d < n; d++) {
    const start = offsets[d]!;
    const end = offsets[d + 1]!;
    let norm = 0;
    for (let i = start; i < end; i++) {
      const tf = columns.counts[i]!;
      // Weighted counts below one (a lone section name) stay linear rather than turning negative.
      const w = (tf >= 1 ? 1 + Math.log(tf) : tf) * idf[ids[i]!]!;
      weights[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = start; i < end; i++) weights[i]! /= norm;
    vectors.push({ ids: ids.subarray(start, end), weights: weights.subarray(start, end) });
  }
  return { vectors, documentFrequency, settledFrequency, settledCount };
}

/** Dot product of two sparse vectors, summed in ascending term order so the result is reproducible. */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
