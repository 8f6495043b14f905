import { describe, expect, it } from 'vitest';
import { byNewest } from '../../../src/lib/article.ts';
import { articleIndexShards, articlePageShard } from '../../../src/lib/shards/search-part-owners.ts';
import { planForShard } from '../../../src/lib/shards/shard-plan.ts';
import { planInputsKey } from '../../../src/lib/site-plan/plan-inputs-key.ts';
import { makeSitePlan, type SitePlanParts } from '../../../src/lib/site-plan/site-plan.ts';
import { testSite } from '../content/site.ts';
import { makeArticle, planParts } from '../fixtures.ts';

// Invented articles over two years, each year a search part, and one article in no part.
const articles = [
  makeArticle('tide-tables', '2024-05-01', ['tags: [Harbour]']),
  makeArticle('harbour-reopens', '2024-03-05', ['tags: [Harbour]']),
  makeArticle('storm-warning', '2023-11-04'),
  makeArticle('ferry-times', '2023-03-01'),
  makeArticle('unlisted-note', '2022-01-01'),
].sort(byNewest);
const slugs = articles.map((a) => a.slug);

const parts: SitePlanParts = planParts({
  contentKey: 'content-key',
  articles,
  sources: new Map(articles.map((a) => [a.slug, { file: a.file, digest: `digest-of-${a.slug}` }])),
  related: new Map(articles.map((a) => [a.slug, slugs.filter((s) => s !== a.slug).map((s) => ({ slug: s, score: 0.5, reasons: ['Harbour'], pinned: false }))])),
  stories: [{ slug: 'harbour-reopens', articles: ['harbour-reopens', 'tide-tables'] }],
  searchShards: [
    { key: '2024', path: '/pagefind/2024/', year: 2024, slugs: ['tide-tables', 'harbour-reopens'] },
    { key: '2023', path: '/pagefind/2023/', year: 2023, slugs: ['storm-warning', 'ferry-times'] },
  ],
});
const plan = makeSitePlan(parts, testSite);

describe("a shard's cut of the site plan", () => {
  // The second: three articles in one part and one in another, so two shards' pages are evened out.
  const uneven = makeSitePlan(
    {
      ...parts,
      searchShards: [
        { key: 'new', path: '/pagefind/new/', year: 2024, slugs: ['tide-tables', 'harbour-reopens', 'storm-warning'] },
        { key: 'old', path: '/pagefind/old/', year: 2023, slugs: ['ferry-times'] },
      ],
    },
    testSite,
  );
  it.each([
    [1, plan],
    [2, plan],
    [3, plan],
    [2, uneven],
  ])('with %i shard(s), each holds the related links of exactly the article pages it renders, the sources of those and of the articles it indexes, and together they hold all', (count, plan) => {
    const shardOfArticle = articlePageShard(plan.searchShards, count);
    const indexedBy = articleIndexShards(plan.searchShards, count);
    const held: string[] = [];
    for (let index = 1; index <= count; index++) {
      const cut = planForShard(plan, index, count);
      const rendered = slugs.filter((slug) => shardOfArticle(slug) === index);
      expect([...cut.related.keys()].sort(), `shard ${index}`).toEqual([...rendered].sort());
      expect([...cut.sources.keys()].sort(), `shard ${index}`).toEqual(slugs.filter((slug) => rendered.includes(slug) || indexedBy.get(slug) === index).sort());
      for (const slug of rendered) {
        expect(cut.related.get(slug)).toBe(plan.related.get(slug));
        expect(cut.sources.get(slug)).toBe(plan.sources.get(slug));
      }
      held.push(...cut.related.keys());
    }
    expect(held.sort()).toEqual([...slugs].sort());
  });

  it('keeps what listings and the site’s lists read, and the digest of the plan it was cut from', () => {
    const cut = planForShard(plan, 1, 2);
    expect(cut.articles).toBe(plan.articles);
    expect(cut.index).toBe(plan.index);
    expect(cut.stories).toBe(plan.stories);
    expect(cut.storyOf).toBe(plan.storyOf);
    expect(cut.searchShards).toBe(plan.searchShards);
    expect(cut.digest).toBe(plan.digest);
  });

  it.each([1, 2, 3])('has the whole plan’s inputs key in each of %i shard(s), so the service worker is the same on every machine', (count) => {
    for (let index = 1; index <= count; index++) expect(planInputsKey(planForShard(plan, index, count)), `shard ${index}`).toBe(planInputsKey(plan));
  });
});
