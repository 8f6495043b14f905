import { describe, expect, it } from 'vitest';
import { orthonormalizeColumns, symmetricEigen } from '../../../src/lib/related/linear-algebra.ts';
import { seededRandom } from '../../../src/lib/related/random.ts';
import { kthLargest, topKByScore } from '../../../src/lib/related/top-k.ts';
import { fnv1aCodeUnits } from '../../../src/lib/hash.ts';
import { MISSING, addWordTo, createWordTable, findWordAt } from '../../../src/lib/related/word-table.ts';

describe('topKByScore', () => {
  const scores = [0.5, 0.9, 0.1, 0.9, 0.7];
  it.each([
    [1, [1]],
    [2, [1, 3]],
    [3, [1, 3, 4]],
    [9, [1, 3, 4, 0, 2]],
    [0, []],
  ])('k = %i', (k, expected) => {
    expect(topKByScore([0, 1, 2, 3, 4], 5, scores, k)).toEqual(expected);
  });
});

describe('kthLargest', () => {
  it('agrees with sorting, on random values and on many ties', () => {
    const random = seededRandom(7);
    for (const values of [Array.from({ length: 500 }, () => random()), Array.from({ length: 500 }, () => Math.floor(random() * 4))]) {
      const sorted = [...values].sort((a, b) => b - a);
      for (const k of [1, 2, 150, 499, 500]) expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[k - 1]);
    }
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('symmetricEigen', () => {
  it('finds eigenvalues in descending order with orthonormal eigenvectors', () => {
    const m = Float64Array.from([4, 1, 0, 1, 3, 1, 0, 1, 2]);
    const { values, vectors } = symmetricEigen(m, 3);
    expect(values[0]! >= values[1]! && values[1]! >= values[2]!).toBe(true);
    expect(values[0]! + values[1]! + values[2]!).toBeCloseTo(9, 10);
    for (let k = 0; k < 3; k++) {
      // M v = λ v, column by column.
      for (let i = 0; i < 3; i++) {
        let mv = 0;
        for (let j = 0; j < 3; j++) mv += m[i * 3 + j]! * vectors[j * 3 + k]!;
        expect(mv).toBeCloseTo(values[k]! * vectors[i * 3 + k]!, 10);
      }
    }
  });
});

describe('orthonormalizeColumns', () => {
  it('leaves columns of unit length and mutually orthogonal', () => {
    const random = seededRandom(3);
    const rows = 50;
    const cols = 6;
    const m = Float64Array.from({ length: rows * cols }, () => random() - 0.5);
    orthonormalizeColumns(m, rows, cols, 2);
    for (let a = 0; a < cols; a++) {
      for (let b = 0; b < cols; b++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += m[r * cols + a]! * m[r * cols + b]!;
        expect(dot).toBeCloseTo(a === b ? 1 : 0, 10);
      }
    }
  });
});

describe('word table', () => {
  it('finds words by their position in a text, and grows', () => {
    const table = createWordTable();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    words.forEach((w, i) => addWordTo(table, w, fnv1aCodeUnits(w), i));
    const text = `xx ${words[1234]} yy`;
    expect(findWordAt(table, text, 3, 3 + words[1234]!.length, fnv1aCodeUnits(words[1234]!))).toBe(1234);
    expect(findWordAt(table, 'nope', 0, 4, fnv1aCodeUnits('nope'))).toBe(MISSING);
    words.forEach((w, i) => expect(findWordAt(table, w, 0, w.length, fnv1aCodeUnits(w))).toBe(i));
  });
});
