/** Decides which of two scored articles ranks first: the higher score, then the newer, then the earlier slug. */
export type Beats = (score: number, doc: number, otherScore: number, other: number) => boolean;

/**
 * Builds the ranking rule for articles in canonical (slug) order with the given publication
 * times. Ties need a fixed rule so that lists are the same on every machine and every run.
 */
export function createRanking(times: readonly number[]): Beats {
  // One precomputed rank (newer first, then slug) makes each tie-break a single comparison.
  const tieRank = new Int32Array(times.length);
  Array.from({ length: times.length }, (_, i) => i)
    .sort((x, y) => times[y]! - times[x]! || x - y)
    .forEach((doc, rank) => {
      tieRank[doc] = rank;
    });
  return (score, doc, otherScore, other) => score > otherScore || (score === otherScore && tieRank[doc]! < tieRank[other]!);
}
