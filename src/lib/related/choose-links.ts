import type { CandidatePool } from './neighbours.ts';
import type { Beats } from './ranking.ts';

/** Where the line between related and not related falls. */
export interface Cut {
  /** No link scores below this. */
  readonly floor: number;
  /** Links must reach this fraction of the best link's margin above the floor. */
  readonly relative: number;
  /** Links must have at least this TF-IDF cosine. */
  readonly minLexical: number;
}

/**
 * Picks up to `room` candidates from the pool, best first, stopping at the threshold, never
 * padding; skips any that `isCopy` says duplicate one already chosen. Returns pool positions.
 * Consumes the pool (marks picked entries).
 */
export function chooseLinks(pool: CandidatePool, room: number, cut: Cut, beats: Beats, isCopy: (doc: number) => boolean): number[] {
  const chosen: number[] = [];
  const bar = passingBar(pool, cut);
  const lexical = pool.lexical;
  while (chosen.length < room) {
    let pick = -1;
    for (let i = 0; i < pool.size; i++) {
      if (lexical[i]! < cut.minLexical) continue;
      if (pick < 0 || beats(pool.scores[i]!, pool.docs[i]!, pool.scores[pick]!, pool.docs[pick]!)) pick = i;
    }
    if (pick < 0 || pool.scores[pick]! < bar) break;
    // Marked as taken; -1 is below any minLexical.
    lexical[pick] = -1;
    // Two copies of one story (a wire repeat, a re-publication) would waste a slot.
    if (isCopy(pool.docs[pick]!)) continue;
    chosen.push(pick);
  }
  return chosen;
}

/**
 * The score a candidate needs to be linked: the floor plus a share of the best candidate's
 * margin above it (relative to the best, the same rule suits the compressed scale of latent
 * scores and the wider one of TF-IDF cosines alone); Infinity when none reaches the floor.
 */
export function passingBar(pool: CandidatePool, cut: Cut): number {
  let best = -Infinity;
  for (let i = 0; i < pool.size; i++) if (pool.lexical[i]! >= cut.minLexical && pool.scores[i]! > best) best = pool.scores[i]!;
  if (best < cut.floor) return Infinity;
  return cut.floor + cut.relative * Math.max(0, best - cut.floor);
}
