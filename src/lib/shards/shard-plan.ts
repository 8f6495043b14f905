import { buildArticleCard, type ArticleCardView } from '../article-card.ts';
import type { Article } from '../article.ts';
import { LIST_ROUTES, listPagesWhere, siteListPages, slugsOnListPages, type ListPage, type SiteListPages } from '../lists/list-pages.ts';
import { aliasParam, aliasRedirects } from '../redirects/alias-redirects.ts';
import { FALLBACK_BELOW } from '../related-view.ts';
import { ownImageFile } from '../seo/article-images.ts';
import { cardDigests } from '../page-cache-key.ts';
import type { NeighbourArticle, Neighbours, SiteIndex } from '../site-index.ts';
import type { SiteConfig } from '../site-config.ts';
import { sha256 } from '../hash.ts';
import {
  articleJson,
  decodePlanParts,
  encodePlanParts,
  planJson,
  planPartsOf,
  SITE_PLAN_VERSION,
  storiesBySlug,
  type EncodedPlanParts,
  type SitePlan,
  type SitePlanParts,
} from '../site-plan/site-plan.ts';
import type { GroupSlugs } from '../taxonomy.ts';
import type { Story } from '../stories/find-stories.ts';
import type { StoryArticle } from '../stories/story-view.ts';
import { fileKey, pageKey, shardOf } from './build-part.ts';
import { articleIndexShards, articlePageShard } from './search-part-owners.ts';

function keepKeys<V>(map: ReadonlyMap<string, V>, keep: (key: string) => boolean): Map<string, V> {
  const kept = new Map<string, V>();
  for (const [key, value] of map) if (keep(key)) kept.set(key, value);
  return kept;
}

/** The routes of the pages a shard renders beside its lists' and articles' (src/pages/), as their pages' keys name them. */
const ROUTES = { story: 'stories/[story]', alias: 'articles/[...alias]', asset: 'articles/[slug]/[asset]' } as const;

/** The slugs of the articles a shard's pages print, and the pages of the site's lists it renders. */
interface ShardReads {
  /** The articles its pages and its work read whole. */
  readonly needed: ReadonlySet<string>;
  /** The articles its pages show only as their cards (its list pages', its article pages' related links), but for those it reads whole. */
  readonly shown: ReadonlySet<string>;
  readonly stories: readonly Story[];
  readonly listPages: SiteListPages;
  /** How many of each section's newest articles its article pages' fallback can read. */
  readonly newest: number;
}

// The reads of one shard while they are gathered.
interface Gathering {
  readonly needed: Set<string>;
  readonly shown: Set<string>;
  readonly stories: Set<Story>;
  mostLinks: number;
}

/**
 * What the pages of each of the `shards` print of the site's articles, found in one pass over
 * the plan by the rules that deal the pages (src/build/shards/split-routes.ts): its article
 * pages' articles, with each one's versions in other languages, and each section's newest (the
 * related links' fallback); the articles of its search parts and of the share cards it draws;
 * its story, alias and picture pages' articles; every corrected article (the corrections pages
 * list them all); and, as their cards only, the articles of the list pages it renders and of
 * its article pages' related links. One pass for all of them: the plan's build cuts the plan
 * for every shard.
 */
function shardReads(plan: SitePlan, { count, shardOfArticle, indexedBy }: Dealing, shards: readonly number[]): Map<number, ShardReads> {
  const { index } = plan;
  const gathering = new Map<number, Gathering>(shards.map((shard) => [shard, { needed: new Set(), shown: new Set(), stories: new Set(), mostLinks: 0 }]));
  const add = (shard: number | undefined, slug: string): void => {
    if (shard !== undefined) gathering.get(shard)?.needed.add(slug);
  };
  const everywhere = [...gathering.values()];
  for (const article of plan.articles) {
    const { slug } = article;
    add(indexedBy.get(slug), slug);
    if (article.changes.length > 0) for (const reads of everywhere) reads.needed.add(slug);
    for (const redirect of article.aliases.length > 0 ? aliasRedirects([article]) : []) add(shardOf(pageKey(ROUTES.alias, { alias: aliasParam(redirect) }), count), slug);
    const own = article.image === undefined ? undefined : ownImageFile(article.image.src);
    if (own !== undefined) add(shardOf(pageKey(ROUTES.asset, { slug, asset: own }), count), slug);
    const reads = gathering.get(shardOfArticle(slug));
    if (reads === undefined) continue;
    reads.needed.add(slug);
    const links = plan.related.get(slug) ?? [];
    reads.mostLinks = Math.max(reads.mostLinks, links.length);
    for (const link of links) reads.shown.add(link.slug);
    for (const version of index.translations.get(slug) ?? []) reads.needed.add(version.slug);
    const story = plan.storyOf.get(slug);
    if (story !== undefined) reads.stories.add(story);
  }
  for (const story of plan.stories) gathering.get(shardOf(pageKey(ROUTES.story, { story: story.slug }), count))?.stories.add(story);
  for (const image of [...plan.shareImages, ...plan.shareImagesAhead]) if (image.card === 'article') add(shardOf(fileKey(image.sitePath), count), image.slug);
  // Every page of the site's lists, and the shard each goes to, worked out once.
  const lists = siteListPages(index);
  const listPageShard = new Map<object, number>();
  for (const [list, route] of Object.entries(LIST_ROUTES) as [keyof SiteListPages, string][])
    for (const page of lists[list]) listPageShard.set(page.params, shardOf(pageKey(route, page.params), count));
  const read = new Map<number, ShardReads>();
  for (const [shard, reads] of gathering) {
    // The fallback shows the newest of the section the page did not show already (itself and its links).
    const newest = sectionNewest(reads.mostLinks);
    // The pages every part renders and only the merge publishes (the front page…) show them as cards too.
    for (const { articles } of index.sections) for (const article of articles.slice(0, newest)) reads.needed.add(article.slug);
    // Each page has params of its own: they name the page.
    const listPages = listPagesWhere(lists, (_route, params) => listPageShard.get(params) === shard);
    for (const slugs of slugsOnListPages(listPages)) for (const slug of slugs) reads.shown.add(slug);
    for (const slug of reads.needed) reads.shown.delete(slug);
    read.set(shard, { needed: reads.needed, shown: reads.shown, stories: plan.stories.filter((story) => reads.stories.has(story)), listPages, newest });
  }
  return read;
}

// How many of a section's newest articles an article page's fallback can read: as many as it shows, past itself and its links.
const sectionNewest = (mostLinks: number): number => FALLBACK_BELOW + 1 + 1 + mostLinks;

/**
 * What a shard's index holds beside its articles, as plain data (slugs for the articles it
 * holds): its own pages of the site's lists; the cards of the articles they and its related
 * links show; its article pages' neighbours and its stories' articles, as those pages print
 * them; each section's newest articles (the related links' fallback, and the front page every
 * part renders and only the merge publishes); its article pages' versions in other languages;
 * and the site's slugs of names.
 */
export interface ShardCut {
  readonly listPages: SiteListPages;
  /** The cards of the articles its pages show only as cards (list pages, related links), by slug. */
  readonly cards: readonly (readonly [string, ArticleCardView])[];
  readonly sections: readonly (readonly [string, readonly string[]])[];
  /** Its article pages' neighbours as those pages print them. */
  readonly neighbours: readonly (readonly [string, NeighbourArticle | null, NeighbourArticle | null])[];
  /** The articles of the stories its pages show as their timelines print them, but for those it holds. */
  readonly storyArticles: readonly (readonly [string, StoryArticle])[];
  readonly translations: readonly (readonly [string, readonly string[]])[];
  readonly slugs: {
    readonly topics: readonly (readonly [string, string])[];
    readonly authors: readonly (readonly [string, string])[];
    readonly profiles?: readonly (readonly [string, NonNullable<GroupSlugs['profiles']> extends ReadonlyMap<string, infer P> ? P : never])[];
    readonly sitePages?: GroupSlugs['sitePages'];
  };
}

/** A shard's cut of the plan: the parts it reads (`articles` those its pages print), the rest of what its pages read (`cut`), and the whole plan's digest, which names the plan it renders from. */
export interface ShardPlanCut {
  readonly shard: { readonly index: number; readonly count: number };
  readonly planDigest: string | undefined;
  readonly parts: SitePlanParts;
  readonly cut: ShardCut;
}

/**
 * Shard `index` of `count`'s cut of the plan: only what its pages and its work beside them read
 * (`shardReads`), so that what a shard holds follows its share of the site rather than the whole
 * archive. The articles its pages print; the related links of the articles whose pages it
 * renders (articlePageShard); the body sources of those and of the articles it indexes
 * (articleIndexShards); the stories its pages show; the notes of the articles it holds; its own
 * pages of the site's lists and what else its pages read of the index (`ShardCut`); the rest as
 * planned (search parts, share images, pictures, profiles, fixed pages: the whole plan's inputs
 * key, the service worker's version, is the same in every shard).
 */
export function cutForShard(plan: SitePlan, index: number, count: number): ShardPlanCut {
  const dealing = dealingOf(plan, count);
  const read = shardReads(plan, dealing, [index]).get(index);
  if (read === undefined) throw new Error(`shard plan: shard ${index} of ${count} does not exist`);
  return cutOf(plan, dealing, index, read);
}

/** Every shard's cut of the plan (`cutForShard`), one after the other, from one pass over the plan. */
export function* cutsForShards(plan: SitePlan, count: number): Generator<ShardPlanCut> {
  const dealing = dealingOf(plan, count);
  const reads = shardReads(
    plan,
    dealing,
    Array.from({ length: count }, (_, i) => i + 1),
  );
  for (const [index, read] of reads) yield cutOf(plan, dealing, index, read);
}

/** How a plan's article pages and search parts are dealt between `count` shards. */
interface Dealing {
  readonly count: number;
  readonly shardOfArticle: (slug: string) => number;
  readonly indexedBy: ReadonlyMap<string, number>;
}

function dealingOf(plan: SitePlan, count: number): Dealing {
  return { count, shardOfArticle: articlePageShard(plan.searchShards, count), indexedBy: articleIndexShards(plan.searchShards, count) };
}

function cutOf(plan: SitePlan, { count, shardOfArticle, indexedBy }: Dealing, index: number, { needed, shown, stories, listPages, newest }: ShardReads): ShardPlanCut {
  const rendersPage = (slug: string): boolean => shardOfArticle(slug) === index;
  const rendersBody = (slug: string): boolean => rendersPage(slug) || indexedBy.get(slug) === index;
  const holds = (slug: string): boolean => needed.has(slug);
  const { index: site } = plan;
  const own = plan.articles.filter((article) => rendersPage(article.slug));
  const neighbour = (article: NeighbourArticle | undefined): NeighbourArticle | null => (article === undefined ? null : { slug: article.slug, title: article.title, path: article.path });
  const storyArticle = ({ slug, title, path, publishedAt, workType }: StoryArticle): StoryArticle => ({ slug, title, path, publishedAt, workType });
  const storyArticles = new Map<string, StoryArticle>();
  for (const story of stories) {
    for (const slug of story.articles) {
      const member = site.storyArticles.get(slug);
      if (member !== undefined && !holds(slug)) storyArticles.set(slug, storyArticle(member));
    }
  }
  return {
    shard: { index, count },
    planDigest: plan.digest,
    parts: {
      ...planPartsOf(plan),
      articles: plan.articles.filter((article) => holds(article.slug)),
      related: keepKeys(plan.related, rendersPage),
      sources: keepKeys(plan.sources, rendersBody),
      stories,
      changeNotes: keepKeys(plan.changeNotes, holds),
    },
    cut: {
      listPages,
      cards: [...shown].flatMap((slug) => {
        const card = site.cards.get(slug);
        return card === undefined ? [] : [[slug, card] as const];
      }),
      sections: site.sections.map(({ section, articles }) => [section.slug, articles.slice(0, newest).map((article) => article.slug)] as const),
      neighbours: own.map(({ slug }) => {
        const { newer, older }: Neighbours = site.neighbours.get(slug) ?? {};
        return [slug, neighbour(newer), neighbour(older)] as const;
      }),
      storyArticles: [...storyArticles],
      translations: own.flatMap(({ slug }) => {
        const versions = site.translations.get(slug);
        return versions === undefined ? [] : [[slug, versions.map((version) => version.slug)] as const];
      }),
      slugs: {
        topics: [...site.slugs.topics],
        authors: [...site.slugs.authors],
        ...(site.slugs.profiles === undefined ? {} : { profiles: [...site.slugs.profiles] }),
        ...(site.slugs.sitePages === undefined ? {} : { sitePages: site.slugs.sitePages }),
      },
    },
  };
}

/**
 * The plan a shard renders from, from its cut (`cutForShard`, or its file): the parts, and an
 * index of what its pages read: the articles it holds, by slug, with their cards, and the cards
 * of the articles it shows only as cards; each
 * section's newest; its article pages' neighbours and versions; the site's slugs of names. The
 * site's other lists are empty: the shard's pages of them come planned (`listPages`).
 */
export function assembleShardPlan({ planDigest, parts, cut }: ShardPlanCut, site: SiteConfig): SitePlan {
  const bySlug = new Map(parts.articles.map((article) => [article.slug, article]));
  const article = (slug: string): Article => {
    const found = bySlug.get(slug);
    if (found === undefined) throw new Error(`shard plan: its pages read the article "${slug}", which it does not hold; make the plan again with \`npm run build -- --plan\``);
    return found;
  };
  const newest = new Map(cut.sections);
  const cards = new Map([...parts.articles.map((held) => [held.slug, buildArticleCard(held)] as const), ...cut.cards]);
  const index: SiteIndex = {
    articles: parts.articles,
    bySlug,
    sections: site.sections.map((section) => ({ section, articles: (newest.get(section.slug) ?? []).map(article) })),
    topics: [],
    authors: [],
    workTypes: [],
    slugs: {
      topics: new Map(cut.slugs.topics),
      authors: new Map(cut.slugs.authors),
      ...(cut.slugs.profiles === undefined ? {} : { profiles: new Map(cut.slugs.profiles) }),
      ...(cut.slugs.sitePages === undefined ? {} : { sitePages: cut.slugs.sitePages }),
    },
    archive: [],
    neighbours: new Map(cut.neighbours.map(([slug, newer, older]) => [slug, { ...(newer === null ? {} : { newer }), ...(older === null ? {} : { older }) }] as const)),
    translations: new Map(cut.translations.map(([slug, versions]) => [slug, versions.map(article)] as const)),
    storyArticles: new Map<string, StoryArticle>([...bySlug, ...cut.storyArticles]),
    cards,
    cardKeys: cardDigests(cards),
  };
  return { ...parts, version: SITE_PLAN_VERSION, ...(planDigest === undefined ? {} : { digest: planDigest }), index, listPages: cut.listPages, storyOf: storiesBySlug(parts.stories) };
}

/** The site plan as shard `index` of `count` holds it while its pages render (`cutForShard`, `assembleShardPlan`). */
export function planForShard(plan: SitePlan, index: number, count: number, site: SiteConfig): SitePlan {
  return assembleShardPlan(cutForShard(plan, index, count), site);
}

/** What the first line of a shard's cut names: the code that made it, the shard, and the whole plan it was cut from. */
export interface ShardPlanHead {
  readonly sourcesDigest: string;
  readonly index: number;
  readonly count: number;
  readonly planDigest: string;
}

/**
 * A shard's cut as its file holds it, in pieces to be written one after the other: a first line
 * naming it (`ShardPlanHead`, the plan's version and the digest of what follows), then its parts
 * (as the plan's file holds them) and the rest of the cut, as ASCII JSON. `written` gives an
 * article as the plan's file holds it: the plan's build has each written out already
 * (`FirstStagePlanText.articles`), and a cut holds many of them again.
 */
export function shardPlanText(cut: ShardPlanCut, sourcesDigest: string, written: (article: Article) => string = articleJson): string[] {
  const { contentKey, articles: _none, ...others } = encodePlanParts({ ...cut.parts, articles: [] });
  const body = [`{"parts":{"contentKey":${planJson(contentKey)},"articles":[`, cut.parts.articles.map(written).join(','), `],${planJson(others).slice(1)},"cut":${planJson(cut.cut)}}`];
  const head = { version: SITE_PLAN_VERSION, sourcesDigest, index: cut.shard.index, count: cut.shard.count, planDigest: cut.planDigest ?? '', digest: sha256(body, 'base64url') };
  return [`${planJson(head)}\n`, ...body];
}

/**
 * A shard's cut from its file's text (`shardPlanText`) when its first line names `expected` and
 * this version of the plan; undefined otherwise (the shard then cuts the whole plan itself).
 * Throws when the rest does not match the digest the first line gives (changed or cut short).
 */
export function readShardPlanText(text: string, expected: ShardPlanHead, site: SiteConfig): ShardPlanCut | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  let head: Record<string, unknown>;
  try {
    head = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const named = head['version'] === SITE_PLAN_VERSION && (Object.keys(expected) as (keyof ShardPlanHead)[]).every((key) => head[key] === expected[key]);
  if (!named) return undefined;
  const body = text.slice(newline + 1);
  if (sha256([body], 'base64url') !== head['digest']) throw new Error('shard plan: the file does not match its digest (changed or cut short); make the plan again with `npm run build -- --plan`');
  const decoded = JSON.parse(body) as { parts: EncodedPlanParts; cut: ShardCut };
  return {
    shard: { index: expected.index, count: expected.count },
    planDigest: expected.planDigest,
    parts: decodePlanParts(decoded.parts, site),
    cut: { ...decoded.cut, listPages: withAbsentFields(decoded.cut.listPages) },
  };
}

// JSON leaves out what is undefined: the pages get back the fields Astro's pages have, in their order (a page 1's number, the addresses a page has not).
function withAbsentFields(pages: SiteListPages): SiteListPages {
  const again = <P extends { readonly params: { readonly page?: string | undefined }; readonly props: { readonly page: ListPage<string> } }>(list: readonly P[]): P[] =>
    list.map((page) => {
      const { url } = page.props.page;
      return {
        ...page,
        params: { ...page.params, page: page.params.page },
        props: { ...page.props, page: { ...page.props.page, url: { current: url.current, next: url.next, prev: url.prev, first: url.first, last: url.last } } },
      };
    });
  return {
    sections: again(pages.sections),
    topics: again(pages.topics),
    authors: again(pages.authors),
    workTypes: again(pages.workTypes),
    archiveMonths: again(pages.archiveMonths),
    archiveYears: pages.archiveYears,
    latest: again(pages.latest),
  };
}
