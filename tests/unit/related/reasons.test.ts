import { describe, expect, it } from 'vitest';
import { ENTITY_PREFIX, SECTION_PREFIX, TAG_PREFIX, createVocabulary, reasonVocabulary } from '../../../src/lib/related/features.ts';
import { GENERIC_REASON, formatReasonLine, sharedNames } from '../../../src/lib/related/reasons.ts';
import type { SparseVector } from '../../../src/lib/related/vectorize.ts';

describe('formatReasonLine', () => {
  it.each([
    [['Vladimir Putin', 'North Korea'], 'Also about: Vladimir Putin, North Korea'],
    [['tariffs'], 'Also about: tariffs'],
    [[], GENERIC_REASON],
  ])('%j → %s', (names, line) => {
    expect(formatReasonLine(names)).toBe(line);
  });
});

describe('sharedNames', () => {
  // A vocabulary of feature keys; vectors list (id, weight) pairs in id order.
  const keys = [`${ENTITY_PREFIX}vladimir putin`, 'putin', `${ENTITY_PREFIX}north korea`, 'summit', `${SECTION_PREFIX}world`, `${TAG_PREFIX}russia`, 'monday', 'train', 'bundesbank'];

  const vector = (entries: Array<[number, number]>): SparseVector => ({
    ids: Int32Array.from(entries.map(([id]) => id)),
    weights: Float64Array.from(entries.map(([, w]) => w)),
  });
  // How the site's articles wrote them: common words were seen in lower case somewhere.
  const read = createVocabulary();
  read.keys.push(...keys);
  Object.assign(read.capitalForm, { 0: 'Vladimir Putin', 1: 'Putin', 2: 'North Korea', 3: 'Summit', 5: 'Russia', 6: 'Monday', 8: 'Bundesbank' });
  Object.assign(read.lowerForm, { 3: 'summit', 7: 'train' });
  Object.assign(read.shoutedForm, { 8: 'bundesbank' });
  const vocabulary = reasonVocabulary(read);
  // The first article, as weights by term id: it has every term.
  const all = new Float64Array(keys.length).fill(0.3);

  it('prefers names, skips words a chosen name already says, and ignores sections and weekdays', () => {
    const other = vector([
      [0, 0.2],
      [1, 0.9],
      [2, 0.1],
      [4, 0.9],
      [6, 0.9],
    ]);
    expect(sharedNames(all, other, vocabulary)).toEqual(['Vladimir Putin', 'North Korea']);
  });

  it('ranks names by their weight in the similarity and stops at three', () => {
    const other = vector(
      [
        [0, 0.1],
        [2, 0.5],
        [5, 0.4],
        [3, 0.9],
        [7, 0.9],
      ].sort((a, b) => a[0]! - b[0]!) as Array<[number, number]>,
    );
    expect(sharedNames(all, other, vocabulary)).toEqual(['North Korea', 'Russia', 'Vladimir Putin']);
  });

  it('falls back on shared common words, in lower case, when no names are shared', () => {
    const other = vector([
      [3, 0.5],
      [7, 0.2],
    ]);
    expect(sharedNames(all, other, vocabulary)).toEqual(['summit', 'train']);
  });

  it('writes proper words as they read in normal text, even when shared from a headline in capitals', () => {
    expect(sharedNames(all, vector([[8, 1]]), vocabulary)).toEqual(['Bundesbank']);
  });

  it('returns nothing when nothing is shared', () => {
    expect(
      sharedNames(
        Float64Array.from(keys, (_, id) => (id === 3 ? 1 : 0)),
        vector([[7, 1]]),
        vocabulary,
      ),
    ).toEqual([]);
  });
});
