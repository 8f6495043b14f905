import { describe, expect, it } from 'vitest';
import { checkTargets, tenThousandRow, type RunFigures } from '../../../scripts/support/bench-targets.ts';

const run = (overrides: Partial<RunFigures>): RunFigures => ({
  articles: 10_000,
  wallSeconds: 38,
  peakRssMb: 950,
  coldImages: false,
  heapLimitMb: 4288,
  defaultHeapLimitMb: 4288,
  nodeFlags: '',
  ...overrides,
});
const verdicts = (figures: RunFigures) => Object.fromEntries(checkTargets(figures).map((t) => [t.target, t.met]));

describe('checkTargets', () => {
  it.each([
    [
      'all met at 10,000',
      run({ rebuildSeconds: 9 }),
      { 'no raised heap limit': true, '10,000 articles in under 40 s': true, 'peak RSS under 1 GB (1000 MB)': true, 'rebuild after editing one article in under 10 s': true },
    ],
    [
      'too slow, too big',
      run({ wallSeconds: 40, peakRssMb: 1000, rebuildSeconds: 10 }),
      { 'no raised heap limit': true, '10,000 articles in under 40 s': false, 'peak RSS under 1 GB (1000 MB)': false, 'rebuild after editing one article in under 10 s': false },
    ],
    [
      'a raised heap limit',
      run({ heapLimitMb: 8240, nodeFlags: '--max-old-space-size=8192' }),
      { 'no raised heap limit': false, '10,000 articles in under 40 s': true, 'peak RSS under 1 GB (1000 MB)': true },
    ],
    [
      'a smaller young generation lowers the limit',
      run({ heapLimitMb: 4144, nodeFlags: '--max-semi-space-size=16' }),
      { 'no raised heap limit': true, '10,000 articles in under 40 s': true, 'peak RSS under 1 GB (1000 MB)': true },
    ],
    ['a heap limit not measured counts as raised', run({ heapLimitMb: Number.NaN }), { 'no raised heap limit': false, '10,000 articles in under 40 s': true, 'peak RSS under 1 GB (1000 MB)': true }],
    ['cold share images', run({ coldImages: true, wallSeconds: 179 }), { 'no raised heap limit': true, 'every share image drawn in under 3 minutes': true }],
    ['1,000 articles: only the heap limit applies', run({ articles: 1000 }), { 'no raised heap limit': true }],
  ])('%s', (_name, figures, expected) => {
    expect(verdicts(figures)).toEqual(expected);
  });

  it.each([
    [80, 1800, true, true],
    [84, 1800, false, true],
    [80, 2100, true, false],
  ])('19,042 articles in %i s at %i MB against 40 s and 1,000 MB: time %s, memory %s', (wallSeconds, peakRssMb, time, memory) => {
    const results = checkTargets(run({ articles: 19_042, wallSeconds, peakRssMb, tenThousand: { wallSeconds: 40, peakRssMb: 1000 } }));
    expect(results.find((r) => r.target.startsWith('under 2.1× the time'))?.met).toBe(time);
    expect(results.find((r) => r.target.startsWith('under 2.1× the peak RSS'))?.met).toBe(memory);
    expect(results.find((r) => r.target.includes('without running out of memory'))?.met).toBe(true);
  });

  it('does not claim the growth target without a 10,000 figure to compare with', () => {
    expect(checkTargets(run({ articles: 19_042 })).find((r) => r.target.startsWith('under 2.1× the time'))?.met).toBe(false);
  });
});

describe('tenThousandRow', () => {
  const table = [
    '| articles | tags | wall s | ms/article | peak RSS MB (build) |',
    '| --- |',
    '| 1000 | none | 9.7 | 9.74 | 819 |',
    '| 10000 | none | 46.8 | 4.68 | 1178 |',
    '| 10000 | places | 49.7 | 4.97 | 1152 |',
  ].join('\n');
  it.each([
    ['none', { wallSeconds: 46.8, peakRssMb: 1178 }],
    ['places', { wallSeconds: 49.7, peakRssMb: 1152 }],
  ])('reads the %s row', (tags, expected) => {
    expect(tenThousandRow(table, tags)).toEqual(expected);
  });
  it('has nothing when there is no such row', () => {
    expect(tenThousandRow('| 1000 | none | 9.7 | 9.74 | 819 |', 'none')).toBeUndefined();
  });
});
