import type { LatentModel } from './latent.ts';
import type { SparseVector } from './vectorize.ts';

/** How the final score blends its parts. */
export interface ScoreWeights {
  /** Share of the latent (LSI) cosine; the rest is the TF-IDF cosine. */
  readonly latentShare: number;
  /** Largest bonus for closeness in time. */
  readonly recencyBonus: number;
  /** Days over which the recency bonus fades to nothing. */
  readonly recencyDays: number;
}

/** Scores articles against one focused article at a time (its vector is spread out for speed). */
export interface Scorer {
  /** Makes `a` the article that later scores are measured from. */
  focus(a: number): void;
  /** Similarity of article `b` to the focused article, rounded to 6 decimals. */
  score(b: number): number;
  /** The TF-IDF cosine part of the last score. */
  lastLexical(): number;
  /** The focused article's weights by term id (0 for terms it lacks); read-only. */
  focusedWeights(): Float64Array;
}

const DAY_MS = 86_400_000;

// Scores are compared at this precision, so that stories equal up to rounding noise are ordered
// by date and slug, never by the last bits of a floating-point sum.
const roundScore = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Creates a scorer blending TF-IDF cosine, latent cosine and a recency bonus. */
export function createScorer(vectors: readonly SparseVector[], vocabularySize: number, latent: LatentModel | undefined, times: readonly number[], weights: ScoreWeights): Scorer {
  const spread = new Float64Array(vocabularySize);
  const latentShare = latent ? weights.latentShare : 0;
  const embeddings = latent?.embeddings ?? new Float32Array(0);
  const dims = latent?.dimensions ?? 0;
  const { recencyBonus, recencyDays } = weights;
  let focused = -1;
  let lastLexical = 0;

  return {
    focus(a: number): void {
      if (focused >= 0) {
        const old = vectors[focused]!;
        for (let i = 0; i < old.ids.length; i++) spread[old.ids[i]!] = 0;
      }
      const v = vectors[a]!;
      for (let i = 0; i < v.ids.length; i++) spread[v.ids[i]!] = v.weights[i]!;
      focused = a;
    },
    score(b: number): number {
      const a = focused;
      const v = vectors[b]!;
      const ids = v.ids;
      const w = v.weights;
      // Summed in b's term order: a fixed order, so the same on every run.
      let lexical = 0;
      for (let i = 0; i < ids.length; i++) lexical += spread[ids[i]!]! * w[i]!;
      lastLexical = lexical;
      let s = lexical;
      if (dims > 0) {
        let dense = 0;
        const oa = a * dims;
        const ob = b * dims;
        for (let k = 0; k < dims; k++) dense += embeddings[oa + k]! * embeddings[ob + k]!;
        s = (1 - latentShare) * lexical + latentShare * Math.max(0, dense);
      }
      if (recencyBonus > 0) {
        const days = Math.abs(times[a]! - times[b]!) / DAY_MS;
        s += recencyBonus * Math.max(0, 1 - Math.max(0, days - 1) / recencyDays);
      }
      return roundScore(s);
    },
    lastLexical: () => lastLexical,
    focusedWeights: () => spread,
  };
}
