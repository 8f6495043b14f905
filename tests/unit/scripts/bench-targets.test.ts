import { describe, expect, it } from 'vitest';
import { checkTargets, evaluateTargets, formatTargets, perArticleRatio, tenThousandRow, type BuildFigures, type RunFigures, type Target } from '../../../scripts/support/bench-targets.ts';
import { SHARDED_TARGETS } from '../../../scripts/support/sharded-targets.ts';

const build = (wallSeconds: number, peakRssMb = 900, peakTreeRssMb = 1300): BuildFigures => ({ wallSeconds, peakRssMb, peakTreeRssMb });
const run = (overrides: Partial<RunFigures>): RunFigures => ({
  articles: 10_000,
  coldImages: false,
  cold: build(38, 950),
  heap: { limitMb: 4288, defaultLimitMb: 4288, nodeFlags: '' },
  ...overrides,
});
const verdicts = (figures: RunFigures) => Object.fromEntries(checkTargets(figures).map((t) => [t.target, t.met]));

const HEAP = 'no raised heap limit';
const TEN_TIME = '10,000 articles in at most 40 s';
const TEN_RSS = 'peak RSS of the build at most 1 GB (1000 MB)';
const TEN_REBUILD = 'rebuild after editing one article in at most 10 s';
const ARCHIVE_COLD = '100,000 articles, first build from nothing, in at most 10 minutes';
const ARCHIVE_RSS = '100,000 articles, first build: peak RSS of the process tree at most 3 GB (3000 MB)';
const ARCHIVE_WARM = '100,000 articles, second build with nothing changed, in at most 5 minutes';
const ARCHIVE_EDIT = '100,000 articles, build after editing one article in at most 30 s';

describe('checkTargets', () => {
  it.each([
    ['all met at 10,000', run({ rebuild: build(9) }), { [HEAP]: true, [TEN_TIME]: true, [TEN_RSS]: true, [TEN_REBUILD]: true }],
    ['at the limits is still met', run({ cold: build(40, 1000), rebuild: build(10) }), { [HEAP]: true, [TEN_TIME]: true, [TEN_RSS]: true, [TEN_REBUILD]: true }],
    ['too slow, too big', run({ cold: build(40.1, 1001), rebuild: build(10.1) }), { [HEAP]: true, [TEN_TIME]: false, [TEN_RSS]: false, [TEN_REBUILD]: false }],
    ['the whole tree may pass 1 GB at 10,000: the build is measured', run({ cold: build(38, 950, 1400), rebuild: build(9) }), { [HEAP]: true, [TEN_TIME]: true, [TEN_RSS]: true, [TEN_REBUILD]: true }],
    ['a rebuild not measured is not met', run({}), { [HEAP]: true, [TEN_TIME]: true, [TEN_RSS]: true, [TEN_REBUILD]: false }],
    ['a raised heap limit', run({ heap: { limitMb: 8240, defaultLimitMb: 4288, nodeFlags: '--max-old-space-size=8192' } }), { [HEAP]: false, [TEN_TIME]: true, [TEN_RSS]: true, [TEN_REBUILD]: false }],
    [
      'a smaller young generation lowers the limit',
      run({ heap: { limitMb: 4144, defaultLimitMb: 4288, nodeFlags: '--max-semi-space-size=16' } }),
      { [HEAP]: true, [TEN_TIME]: true, [TEN_RSS]: true, [TEN_REBUILD]: false },
    ],
    [
      'a heap limit not measured counts as raised',
      run({ heap: { limitMb: Number.NaN, defaultLimitMb: 4288, nodeFlags: '' } }),
      { [HEAP]: false, [TEN_TIME]: true, [TEN_RSS]: true, [TEN_REBUILD]: false },
    ],
    ['cold share images below the archive size', run({ coldImages: true, cold: build(179) }), { [HEAP]: true, 'every share image drawn in under 3 minutes': true }],
    ['1,000 articles: only the heap limit applies', run({ articles: 1000 }), { [HEAP]: true }],
    [
      'all met at 100,000, from nothing',
      run({ articles: 100_000, coldImages: true, cold: build(600, 2500, 3000), warm: build(300), rebuild: build(30) }),
      { [HEAP]: true, [ARCHIVE_COLD]: true, [ARCHIVE_RSS]: true, [ARCHIVE_WARM]: true, [ARCHIVE_EDIT]: true },
    ],
    [
      'none met at 100,000',
      run({ articles: 100_000, coldImages: true, cold: build(601, 2500, 3001), warm: build(301), rebuild: build(31) }),
      { [HEAP]: true, [ARCHIVE_COLD]: false, [ARCHIVE_RSS]: false, [ARCHIVE_WARM]: false, [ARCHIVE_EDIT]: false },
    ],
    [
      '100,000 with the image cache kept is not a build from nothing',
      run({ articles: 100_000, cold: build(300, 2500, 2600) }),
      { [HEAP]: true, [ARCHIVE_COLD]: false, [ARCHIVE_RSS]: true, [ARCHIVE_WARM]: false, [ARCHIVE_EDIT]: false },
    ],
    [
      'no build, a bare comparison only',
      { articles: 5000, coldImages: false, bareComparison: { bareSeconds: 10, fullSeconds: 15 } },
      { 'full site at most 1.5× a bare Astro blog (5,000 articles)': true },
    ],
    [
      'a full site too slow against a bare blog',
      { articles: 5000, coldImages: false, bareComparison: { bareSeconds: 10, fullSeconds: 18.2 } },
      { 'full site at most 1.5× a bare Astro blog (5,000 articles)': false },
    ],
    [
      'a search within 500 KB',
      run({ articles: 300, searchDownload: { word: 'said', bytes: 500_000 } }),
      { [HEAP]: true, 'at most 500 KB of search index for a common word ("said", 300 articles)': true },
    ],
    [
      'a search past 500 KB',
      run({ articles: 300, searchDownload: { word: 'said', bytes: 500_001 } }),
      { [HEAP]: true, 'at most 500 KB of search index for a common word ("said", 300 articles)': false },
    ],
  ])('%s', (_name, figures, expected) => {
    expect(verdicts(figures)).toEqual(expected);
  });

  it('says how to measure a target left unmeasured', () => {
    const warm = checkTargets(run({ articles: 100_000, coldImages: true, cold: build(500) })).find((r) => r.target === ARCHIVE_WARM);
    expect(warm?.measured).toContain('--warm');
  });

  it.each([
    [80, 1800, true, true],
    [84, 1800, false, true],
    [80, 2100, true, false],
  ])('19,042 articles in %i s at %i MB against 40 s and 1,000 MB: time %s, memory %s', (wallSeconds, peakRssMb, time, memory) => {
    const results = checkTargets(run({ articles: 19_042, cold: build(wallSeconds, peakRssMb), tenThousand: { wallSeconds: 40, msPerArticle: 4, peakRssMb: 1000 } }));
    expect(results.find((r) => r.target.startsWith('under 2.1× the time'))?.met).toBe(time);
    expect(results.find((r) => r.target.startsWith('under 2.1× the peak RSS'))?.met).toBe(memory);
    expect(results.find((r) => r.target.includes('without running out of memory'))?.met).toBe(true);
  });

  it('does not claim the growth target without a 10,000 figure to compare with', () => {
    expect(checkTargets(run({ articles: 19_042 })).find((r) => r.target.startsWith('under 2.1× the time'))?.met).toBe(false);
  });
});

describe('evaluateTargets and formatTargets', () => {
  it('checks another script’s figures against its own list, only the targets that apply', () => {
    const shardTargets: Target<{ shards: number; peakMb: number }>[] = [
      { issue: 'issue 17', applies: (f) => f.shards > 1, check: (f) => ({ target: 'each shard at most 1.5 GB', measured: `${f.peakMb} MB`, met: f.peakMb <= 1500 }) },
      { issue: 'issue 17', applies: (f) => f.shards > 100, check: () => ({ target: 'never applies here', measured: '', met: false }) },
    ];
    const results = evaluateTargets({ shards: 4, peakMb: 1600 }, shardTargets);
    expect(results).toEqual([{ target: 'each shard at most 1.5 GB', measured: '1600 MB', met: false, issue: 'issue 17' }]);
    expect(formatTargets(results)).toEqual(['  NOT MET  each shard at most 1.5 GB: 1600 MB (issue 17)']);
  });
});

describe('SHARDED_TARGETS', () => {
  it.each([
    [
      'beside a single build: the shards’ memory and the critical path',
      620,
      ['  met      each shard', '  NOT MET  critical path on 4 machines (plan + slowest shard + merge) ≤ 0.35 × the single build (620.0 s): 320.0 s, 0.52× (issue 17)'],
    ],
    ['with no single build (--sharded-only): the shards’ memory alone', undefined, ['  met      each shard']],
  ])('checks %s', (_, singleSeconds, starts) => {
    const run = { articles: 100_000, shards: 4, shardPeakTreeRssMb: [1352, 1400, 1390, 1410], criticalPathSeconds: 320, ...(singleSeconds === undefined ? {} : { singleSeconds }) };
    const lines = formatTargets(evaluateTargets(run, SHARDED_TARGETS));
    expect(lines.map((line, i) => line.slice(0, starts[i]!.length))).toEqual(starts);
  });
});

describe('tenThousandRow', () => {
  const table = [
    '| articles | tags | wall s | ms/article | peak RSS MB (build) | peak RSS MB (with Pagefind, workers) | CPU s | pages | MB written | rebuild after one edit s | date |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| 1000 | none | 9.7 | 9.74 | 819 | 900 | 12.0 | 1100 | 50.0 | – | 2026-01-05 |',
    '| 10000 | none | 46.8 | 4.68 | 1178 | 1400 | 60.0 | 11000 | 500.0 | 9.5 | 2026-01-05 |',
    '| 10000 | places | 49.7 | 4.97 | 1152 | 1450 | 61.0 | 12000 | 510.0 | – | 2026-01-05 |',
  ].join('\n');
  it.each([
    ['none', { wallSeconds: 46.8, msPerArticle: 4.68, peakRssMb: 1178, peakTreeRssMb: 1400, rebuildSeconds: 9.5 }],
    ['places', { wallSeconds: 49.7, msPerArticle: 4.97, peakRssMb: 1152, peakTreeRssMb: 1450, rebuildSeconds: undefined }],
  ])('reads the %s row, each column by its heading', (tags, expected) => {
    expect(tenThousandRow(table, tags)).toEqual(expected);
  });
  it('reads an older, narrower table', () => {
    const narrow = ['| articles | tags | wall s | ms/article | peak RSS MB (build) |', '| --- |', '| 10000 | none | 46.8 | 4.68 | 1178 |'].join('\n');
    expect(tenThousandRow(narrow, 'none')).toEqual({ wallSeconds: 46.8, msPerArticle: 4.68, peakRssMb: 1178, peakTreeRssMb: undefined, rebuildSeconds: undefined });
  });
  it.each([
    ['there is no such row', '| articles | tags | wall s | ms/article | peak RSS MB (build) |\n| 1000 | none | 9.7 | 9.74 | 819 |'],
    ['there is no header', '| 10000 | none | 46.8 | 4.68 | 1178 |'],
    ['the time is not a number', '| articles | tags | wall s | ms/article | peak RSS MB (build) |\n| 10000 | none | fast | 4.68 | 1178 |'],
  ])('has nothing when %s', (_what, markdown) => {
    expect(tenThousandRow(markdown, 'none')).toBeUndefined();
  });
});

describe('perArticleRatio', () => {
  const row = { wallSeconds: 37.3, msPerArticle: 3.73, peakRssMb: 936 };
  it.each([
    ['the same cost per article', 373, 100_000, 1],
    ['each article twice as dear', 746, 100_000, 2],
    ['cheaper per article', 18.65, 10_000, 0.5],
  ])('%s', (_what, wallSeconds, articles, ratio) => {
    expect(perArticleRatio(wallSeconds, articles, row)).toBeCloseTo(ratio, 6);
  });
});
