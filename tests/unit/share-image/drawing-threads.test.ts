import { describe, expect, it } from 'vitest';
import { CARDS_PER_DRAWING_THREAD, drawingThreads } from '../../../src/lib/share-image/drawing-threads.ts';

describe('threads that draw share images', () => {
  it.each<[string, number, number, number]>([
    ['no card, no thread', 0, 2, 0],
    ["a shard's few cards: one thread", 121, 2, 1],
    ['exactly one thread’s worth', CARDS_PER_DRAWING_THREAD, 2, 1],
    ['one card more: a second thread', CARDS_PER_DRAWING_THREAD + 1, 2, 2],
    ["a whole budget's 500 on two cores: both", 500, 2, 2],
    ['never more threads than cores', 5000, 2, 2],
    ['many cores, as many threads as the cards fill', 500, 16, 3],
    ['one core', 500, 1, 1],
    ['a machine that reports no core still draws', 10, 0, 1],
  ])('%s (%i cards, %i cores)', (_case, cards, cores, threads) => {
    expect(drawingThreads(cards, cores)).toBe(threads);
  });
});
