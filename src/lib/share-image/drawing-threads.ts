// Each drawing thread loads its own fonts, layout engine and rasteriser, tens of megabytes
// before its first card. A second thread pays that for a few seconds of drawing when the
// cards are few, as in a shard, which draws its share of one budget while it must stay small.
/** Cards one drawing thread takes before a second is worth its memory. */
export const CARDS_PER_DRAWING_THREAD = 200;

/** How many threads draw `cards` share images on a machine with `cores` cores: one per CARDS_PER_DRAWING_THREAD cards, at least one, at most one per core. */
export function drawingThreads(cards: number, cores: number): number {
  if (cards <= 0) return 0;
  return Math.max(1, Math.min(Math.floor(cores), Math.ceil(cards / CARDS_PER_DRAWING_THREAD)));
}
