import { describe, expect, it } from 'vitest';
import { byNewest, toArticle } from '../../../src/lib/article.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { articleIndexShards, articlePageShard } from '../../../src/lib/shards/search-part-owners.ts';
import { articlePage } from '../../../src/data/article-pages.ts';
import { cardsOfSlugs } from '../../../src/lib/article-card.ts';
import { LIST_ROUTES, listPagesOf } from '../../../src/lib/lists/list-pages.ts';
import { aliasParam, aliasRedirects } from '../../../src/lib/redirects/alias-redirects.ts';
import type { RelatedLink } from '../../../src/lib/related/types.ts';
import { ownImageFile } from '../../../src/lib/seo/article-images.ts';
import { pageKey, rendersFile, rendersShardedKey } from '../../../src/lib/shards/build-part.ts';
import { assembleShardPlan, cutForShard, cutsForShards, planForShard, readShardPlanText, shardPlanText } from '../../../src/lib/shards/shard-plan.ts';
import { buildStoryView } from '../../../src/lib/stories/story-view.ts';
import { siteCorrections } from '../../../src/lib/trust/corrections-list.ts';
import { planInputsKey } from '../../../src/lib/site-plan/plan-inputs-key.ts';
import { makeSitePlan, type SitePlan, type SitePlanParts } from '../../../src/lib/site-plan/site-plan.ts';
import { articleText, testSite } from '../content/site.ts';
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
      const cut = planForShard(plan, index, count, testSite);
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

  it('keeps the digest of the plan it was cut from, and what every shard reads alike (search parts, share images)', () => {
    const cut = planForShard(plan, 1, 2, testSite);
    expect(cut.searchShards).toBe(plan.searchShards);
    expect(cut.shareImages).toBe(plan.shareImages);
    expect(cut.index.slugs).toEqual(plan.index.slugs);
    expect(cut.digest).toBe(plan.digest);
  });

  it.each([1, 2, 3])('has the whole plan’s inputs key in each of %i shard(s), so the service worker is the same on every machine', (count) => {
    for (let index = 1; index <= count; index++) expect(planInputsKey(planForShard(plan, index, count, testSite)), `shard ${index}`).toBe(planInputsKey(plan));
  });
});

// An archive of invented articles over two years with every kind of page a shard renders from
// others' articles: sections and topics over several pages, old slugs, pictures of our own,
// versions in another language, stories, corrections, articles with few related links (their
// section's newest shown instead) and share cards.
function archivePlan(): SitePlan {
  const count = 160;
  const slugOf = (i: number): string => `report-${String(i).padStart(3, '0')}`;
  const files = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2023, 0, 1) + i * 4 * 86_400_000).toISOString().slice(0, 10);
    const lines = [`title: Report ${i}`, `date: ${day}T09:00:00Z`, `section: ${i % 3 === 0 ? 'world' : 'news'}`, `tags: [Topic ${i % 4}]`, `authors: [Writer ${i % 3}]`];
    if (i % 10 === 0) lines.push(`aliases: [old-${slugOf(i)}]`);
    if (i % 15 === 0) lines.push('image:', `  src: pictures/${slugOf(i)}.jpg`, '  alt: A picture');
    if (i % 20 === 5) lines.push('corrections:', `  - date: ${day}T18:00:00Z`, '    text: An earlier version misspelt a name.');
    if (i % 25 === 1) lines.push(`translations: [${slugOf(i + 1)}]`);
    if (i % 25 === 2) lines.push('lang: fr', `translations: [${slugOf(i - 1)}]`);
    return { file: `${slugOf(i)}.md`, text: articleText(lines) };
  });
  // Checked together, as the loader checks them: a version names another article.
  const { articles: checked, problems } = validateArticles(files, testSite);
  expect(problems).toEqual([]);
  const made = checked.map((entry) => toArticle(entry, testSite)).sort(byNewest);
  const all = made.map((a) => a.slug);
  const link = (slug: string): RelatedLink => ({ slug, score: 0.5, reasons: ['Topic'], pinned: false });
  const related = new Map(made.map((a, i) => [a.slug, i % 6 === 0 ? [] : [all[(i + 7) % count]!, all[(i + 31) % count]!, all[(i + 89) % count]!].map(link)] as const));
  const stories = Array.from({ length: 12 }, (_, k) => ({ slug: `story-${k}`, articles: [all[k * 11]!, all[k * 11 + 3]!, all[k * 11 + 40]!] }));
  const searchShards = [2023, 2024].flatMap((year) => {
    const members = made.filter((a) => a.published.getUTCFullYear() === year).map((a) => a.slug);
    return [0, 1, 2].map((part) => ({ key: `${year}-${part}`, path: `/pagefind/${year}-${part}/`, year, slugs: members.filter((_, i) => i % 3 === part) }));
  });
  const card = (slug: string) => ({ card: 'article' as const, slug, variant: 'share.png', cacheName: `${slug}.png`, sitePath: `/articles/${slug}/share.png` });
  return makeSitePlan(
    planParts({
      contentKey: 'archive',
      articles: made,
      sources: new Map(made.map((a) => [a.slug, { file: a.file, digest: `digest-of-${a.slug}` }])),
      related,
      stories,
      changeNotes: new Map(made.filter((a) => a.changes.length > 0).map((a) => [a.slug, a.changes.map(() => '<p>An earlier version misspelt a name.</p>')])),
      searchShards,
      shareImages: all.slice(0, 40).map(card),
      shareImagesAhead: all.slice(40, 50).map(card),
      sharedWithSectionCard: new Set(all.slice(40)),
    }),
    testSite,
  );
}

describe('a shard’s cut of an archive’s plan', () => {
  const whole = archivePlan();
  // Many shards for the archive's size: each renders few pages, so that most articles are not among those its pages print.
  const SHARDS = 16;
  const keyOf = (route: string, params: Readonly<Record<string, string | undefined>>): string => pageKey(route, params);

  it.each(Array.from({ length: 16 }, (_, i) => i + 1))('shard %i of 16 holds fewer articles than the site, and makes each of its pages as the whole plan does', (index) => {
    const part = { kind: 'shard', index, count: SHARDS } as const;
    const mine = (route: string, params: Readonly<Record<string, string | undefined>>): boolean => rendersShardedKey(part, keyOf(route, params));
    const cut = planForShard(whole, index, SHARDS, testSite);
    expect(cut.articles.length).toBeLessThan(whole.articles.length);

    // Its article pages, with their related links, neighbours, versions, story and fallback.
    const shardOfArticle = articlePageShard(whole.searchShards, SHARDS);
    const own = whole.articles.filter((a) => shardOfArticle(a.slug) === index);
    expect(own.length).toBeGreaterThan(0);
    for (const article of own) expect(articlePage(cut, article.slug), article.slug).toEqual(articlePage(whole, article.slug));

    // Its pages of every list, with their cards.
    for (const list of Object.keys(LIST_ROUTES) as (keyof typeof LIST_ROUTES)[]) {
      const expected = (listPagesOf(whole, list) as readonly { params: Readonly<Record<string, string | undefined>> }[]).filter((page) => mine(LIST_ROUTES[list], page.params));
      expect(listPagesOf(cut, list), list).toEqual(expected);
    }
    for (const page of listPagesOf(cut, 'topics')) expect(cardsOfSlugs(page.props.page.data, cut.index.cards)).toEqual(cardsOfSlugs(page.props.page.data, whole.index.cards));

    // Its story pages, redirect pages from old slugs and pictures, and the corrections pages (every correction).
    for (const story of whole.stories.filter((s) => mine('stories/[story]', { story: s.slug })))
      expect(buildStoryView(story, cut.index.storyArticles)).toEqual(buildStoryView(story, whole.index.storyArticles));
    const redirects = (plan: SitePlan) => aliasRedirects(plan.articles).filter((redirect) => mine('articles/[...alias]', { alias: aliasParam(redirect) }));
    expect(redirects(cut)).toEqual(redirects(whole));
    const pictures = (plan: SitePlan) =>
      plan.articles.filter((a) => a.image !== undefined && mine('articles/[slug]/[asset]', { slug: a.slug, asset: ownImageFile(a.image.src) ?? '' })).map((a) => a.slug);
    expect(pictures(cut)).toEqual(pictures(whole));
    expect(siteCorrections(cut.articles, cut.changeNotes)).toEqual(siteCorrections(whole.articles, whole.changeNotes));

    // The articles of its search parts and of the share cards it draws.
    const indexedBy = articleIndexShards(whole.searchShards, SHARDS);
    const held = new Set(cut.articles.map((a) => a.slug));
    for (const slug of all(whole).filter((s) => indexedBy.get(s) === index)) expect(held.has(slug), slug).toBe(true);
    for (const image of [...whole.shareImages, ...whole.shareImagesAhead].filter((i) => rendersFile(part, i.sitePath))) expect(held.has(image.slug), image.slug).toBe(true);
  });

  it.each([1, 7, 16])('reads shard %i of 16’s cut back from the text of its file as it was made', (index) => {
    const cut = cutForShard(whole, index, SHARDS);
    const head = { sourcesDigest: 'code', index, count: SHARDS, planDigest: whole.digest ?? '' };
    const read = readShardPlanText(shardPlanText(cut, 'code').join(''), head, testSite);
    expect(read).toBeDefined();
    const fromFile = assembleShardPlan(read!, testSite);
    const inMemory = assembleShardPlan(cut, testSite);
    expect(fromFile.articles).toEqual(inMemory.articles);
    expect(fromFile.index).toEqual(inMemory.index);
    expect(fromFile.listPages).toEqual(inMemory.listPages);
    for (const article of fromFile.articles.filter((a) => fromFile.related.has(a.slug))) expect(articlePage(fromFile, article.slug)).toEqual(articlePage(whole, article.slug));
  });

  it.each([
    ['another shard', { index: 2 }],
    ['as many shards as another build', { count: 8 }],
    ['another plan', { planDigest: 'other' }],
    ['other code', { sourcesDigest: 'other code' }],
  ])('takes no cut made for %s: the shard cuts the whole plan itself', (_, other) => {
    const text = shardPlanText(cutForShard(whole, 1, SHARDS), 'code').join('');
    expect(readShardPlanText(text, { sourcesDigest: 'code', index: 1, count: SHARDS, planDigest: whole.digest ?? '', ...other }, testSite)).toBeUndefined();
  });

  it('refuses a cut whose text no longer matches its digest', () => {
    const text = shardPlanText(cutForShard(whole, 1, SHARDS), 'code').join('');
    expect(() => readShardPlanText(`${text.slice(0, -40)}`, { sourcesDigest: 'code', index: 1, count: SHARDS, planDigest: whole.digest ?? '' }, testSite)).toThrow(/does not match its digest/);
  });

  it('cuts the plan for every shard in one pass as it cuts it for each alone', () => {
    const all = [...cutsForShards(whole, SHARDS)];
    expect(all.map((cut) => cut.shard.index)).toEqual(Array.from({ length: SHARDS }, (_, i) => i + 1));
    for (const cut of all) expect(cut, `shard ${cut.shard.index}`).toEqual(cutForShard(whole, cut.shard.index, SHARDS));
  });

  it('holds fewer articles the smaller its share of the pages', () => {
    const held = (count: number) => Math.max(...Array.from({ length: count }, (_, i) => planForShard(whole, i + 1, count, testSite).articles.length));
    expect(held(8)).toBeLessThan(held(2));
  });
});

const all = (plan: SitePlan): string[] => plan.articles.map((a) => a.slug);
