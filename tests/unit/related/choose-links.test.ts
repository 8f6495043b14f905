import { describe, expect, it } from 'vitest';
import { passingBar } from '../../../src/lib/related/choose-links.ts';
import { createCandidatePool } from '../../../src/lib/related/neighbours.ts';

const poolOf = (entries: ReadonlyArray<readonly [score: number, lexical: number]>) => {
  const pool = createCandidatePool(entries.length);
  entries.forEach(([score, lexical], i) => {
    pool.docs[i] = i;
    pool.scores[i] = score;
    pool.lexical[i] = lexical;
  });
  pool.size = entries.length;
  return pool;
};

describe('passingBar: the first-stage bar the second stage keeps', () => {
  const cut = { floor: 0.4, relative: 0.5, minLexical: 0.04 };
  it.each([
    [
      'half the best margin above the floor',
      [
        [0.8, 0.2],
        [0.5, 0.1],
      ],
      0.6,
    ],
    [
      'candidates without shared words do not set the best',
      [
        [0.9, 0.01],
        [0.6, 0.1],
      ],
      0.5,
    ],
    ['nothing reaches the floor: nothing passes', [[0.3, 0.2]], Infinity],
    ['an empty pool: nothing passes', [], Infinity],
  ] as const)('%s', (_, entries, bar) => {
    expect(passingBar(poolOf(entries), cut)).toBeCloseTo(bar, 9);
  });
});
