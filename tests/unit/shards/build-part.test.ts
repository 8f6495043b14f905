import { describe, expect, it } from 'vitest';
import { buildsIncrementally, fileKey, pageKey, parseBuildPart, rendersShardedKey, rendersSiteWide, shardOf, type BuildPart } from '../../../src/lib/shards/build-part.ts';

describe('parseBuildPart: which part of the site a build makes, from its command line', () => {
  it.each<[string, readonly string[], BuildPart]>([
    ['no flags: the whole site', [], { kind: 'whole' }],
    ['flags Astro reads are not ours', ['--verbose', '--silent'], { kind: 'whole' }],
    ['a shard', ['--shard', '2/4'], { kind: 'shard', index: 2, count: 4 }],
    ['a shard, with =', ['--shard=4/4'], { kind: 'shard', index: 4, count: 4 }],
    ['one shard of one', ['--shard', '1/1'], { kind: 'shard', index: 1, count: 1 }],
    ['the merge', ['--merge', '--shards', '4'], { kind: 'merge', count: 4, move: false }],
    ['the merge, flags the other way round', ['--shards=3', '--merge'], { kind: 'merge', count: 3, move: false }],
    ['the merge that moves the shards’ files', ['--merge', '--move', '--shards', '2'], { kind: 'merge', count: 2, move: true }],
    ['the plan alone', ['--plan'], { kind: 'plan' }],
    ['the plan with a cut for each of its shards', ['--plan', '--shards', '4'], { kind: 'plan', shards: 4 }],
  ])('%s', (_, args, part) => {
    expect(parseBuildPart(args)).toEqual(part);
  });

  it.each<[string, readonly string[], string]>([
    ['no value', ['--shard'], '--shard: expected I/N'],
    ['not I/N', ['--shard', '2'], '--shard: expected I/N (e.g. 2/4), found "2"'],
    ['shard 0', ['--shard', '0/4'], '--shard I: 0 is not between 1 and 1000'],
    ['past the count', ['--shard', '5/4'], '--shard: shard 5 of 4 does not exist'],
    ['a negative count', ['--shard', '1/-4'], '--shard: expected I/N'],
    ['a merge without a count', ['--merge'], '--shards: expected a whole number, found ""'],
    ['a merge of none', ['--merge', '--shards', '0'], '--shards: 0 is not between 1 and 1000'],
    ['a count without a merge or a plan', ['--shards', '4'], '--shards: only with --merge or --plan'],
    ['a plan for no shards', ['--plan', '--shards', '0'], '--shards: 0 is not between 1 and 1000'],
    ['a move without a merge', ['--shard', '1/2', '--move'], '--move: only with --merge'],
    ['two parts at once', ['--plan', '--shard', '1/2'], 'give one of them, not several'],
  ])('refuses %s, naming the flag', (_, args, message) => {
    expect(() => parseBuildPart(args)).toThrow(message);
  });
});

describe('buildsIncrementally: whether a build keeps copies of its pages for the next build on its machine', () => {
  it.each<[string, readonly string[], boolean]>([
    ['a whole build', [], true],
    ['a shard', ['--shard', '2/4'], true],
    ['a shard on a runner used once', ['--shard', '2/4', '--no-incremental'], false],
    ['a whole build that will not be built again here', ['--no-incremental'], false],
  ])('%s', (_, args, keeps) => {
    expect(buildsIncrementally(args)).toBe(keeps);
    // The flag names no part: the part is the same with it.
    expect(parseBuildPart([...args, '--no-incremental'])).toEqual(parseBuildPart(args.filter((arg) => arg !== '--no-incremental')));
  });
});

describe('shardOf: the same page always lands in the same shard, and shards get about the same share', () => {
  it('depends on the key and the count alone', () => {
    const key = pageKey('articles/[slug]', { slug: 'harbour-lights' });
    expect(shardOf(key, 4)).toBe(shardOf(key, 4));
    for (const count of [1, 2, 3, 4, 7, 16]) {
      const shard = shardOf(key, count);
      expect(shard).toBeGreaterThanOrEqual(1);
      expect(shard).toBeLessThanOrEqual(count);
    }
  });

  it.each([2, 4, 8])('spreads 20,000 article pages over %i shards within 5%% of an even share', (count) => {
    const sizes = new Array<number>(count).fill(0);
    for (let i = 0; i < 20_000; i++) sizes[shardOf(pageKey('articles/[slug]', { slug: `story-${i}` }), count) - 1]! += 1;
    for (const size of sizes) expect(Math.abs(size - 20_000 / count)).toBeLessThan((0.05 * 20_000) / count);
  });

  it('names pages by route and params in a fixed order, and files by their path', () => {
    expect(pageKey('archive/[year]/[month]/[...page]', { year: '2024', page: undefined, month: '05' })).toBe('archive/[year]/[month]/[...page] month=05 page= year=2024');
    expect(fileKey('/pagefind/abc/')).toBe('file /pagefind/abc/');
  });
});

describe('what each part renders', () => {
  const key = pageKey('articles/[slug]', { slug: 'harbour-lights' });
  const owner = shardOf(key, 3);
  it.each<[string, BuildPart, boolean, boolean]>([
    ['the whole site renders everything', { kind: 'whole' }, true, true],
    ['the owning shard renders the page, nothing site-wide', { kind: 'shard', index: owner, count: 3 }, true, false],
    ['another shard renders neither', { kind: 'shard', index: (owner % 3) + 1, count: 3 }, false, false],
    ['the merge renders what spans the site only', { kind: 'merge', count: 3, move: false }, false, true],
    ['the plan renders nothing', { kind: 'plan' }, false, false],
  ])('%s', (_, part, page, siteWide) => {
    expect(rendersShardedKey(part, key)).toBe(page);
    expect(rendersSiteWide(part)).toBe(siteWide);
  });
});
