import type { Article } from '../article.ts';
import { siteListPagesWhere, type SiteListPages } from '../lists/list-pages.ts';
import { aliasRedirects } from '../redirects/alias-redirects.ts';
import { FALLBACK_BELOW } from '../related-view.ts';
import { ownImageFile } from '../seo/article-images.ts';
import type { SiteIndex } from '../site-index.ts';
import type { SitePlan } from '../site-plan/site-plan.ts';
import type { Story } from '../stories/find-stories.ts';
import { pageKey, rendersFile, rendersShardedKey, type BuildPart } from './build-part.ts';
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
  readonly needed: ReadonlySet<string>;
  readonly stories: readonly Story[];
  readonly listPages: SiteListPages;
  /** How many of each section's newest articles its article pages' fallback can read. */
  readonly newest: number;
}

/**
 * What the pages of shard `part` print of the site's articles, found by the rules that deal its
 * pages (src/build/shards/split-routes.ts): its article pages' articles, with each one's related
 * articles and story; the articles of its search parts and of the share cards it draws; its
 * story, alias and picture pages' articles; every corrected article (the corrections pages list
 * them all); and the articles of the list pages it renders. An article page's neighbours,
 * versions in other languages and section's newest come with the index's entries the shard
 * keeps for it (`shardIndex`).
 */
function shardReads(plan: SitePlan, part: Extract<BuildPart, { kind: 'shard' }>, rendersPage: (slug: string) => boolean, indexedBy: ReadonlyMap<string, number>): ShardReads {
  const { index } = plan;
  const needed = new Set<string>();
  const add = (slug: string): void => void needed.add(slug);
  const stories = new Set<Story>();
  let mostLinks = 0;
  for (const article of plan.articles) {
    const { slug } = article;
    if (indexedBy.get(slug) === part.index) add(slug);
    if (article.changes.length > 0) add(slug);
    if (article.aliases.length > 0 && aliasRedirects([article]).some(({ from }) => rendersShardedKey(part, pageKey(ROUTES.alias, { alias: from.replace(/^\/articles\/|\/$/g, '') })))) add(slug);
    const own = article.image === undefined ? undefined : ownImageFile(article.image.src);
    if (own !== undefined && rendersShardedKey(part, pageKey(ROUTES.asset, { slug, asset: own }))) add(slug);
    if (!rendersPage(slug)) continue;
    add(slug);
    const links = plan.related.get(slug) ?? [];
    mostLinks = Math.max(mostLinks, links.length);
    for (const link of links) add(link.slug);
    const story = plan.storyOf.get(slug);
    if (story !== undefined) stories.add(story);
  }
  for (const story of plan.stories) if (rendersShardedKey(part, pageKey(ROUTES.story, { story: story.slug }))) stories.add(story);
  for (const story of stories) for (const slug of story.articles) add(slug);
  for (const image of [...plan.shareImages, ...plan.shareImagesAhead]) if (image.card === 'article' && rendersFile(part, image.sitePath)) add(image.slug);
  // The fallback shows the newest of the section the page did not show already (itself and its links).
  const newest = sectionNewest(mostLinks);
  // The pages every part renders and only the merge publishes (the front page…) show them too, as cards.
  for (const { articles } of index.sections) for (const article of articles.slice(0, newest)) add(article.slug);
  const listPages = siteListPagesWhere(index, (route, params) => rendersShardedKey(part, pageKey(route, params)));
  for (const list of [listPages.sections, listPages.topics, listPages.authors, listPages.workTypes, listPages.archiveMonths, listPages.latest]) {
    for (const { props } of list) for (const slug of props.page.data) add(slug);
  }
  return { needed, stories: plan.stories.filter((story) => stories.has(story)), listPages, newest };
}

// How many of a section's newest articles an article page's fallback can read: as many as it shows, past itself and its links.
const sectionNewest = (mostLinks: number): number => FALLBACK_BELOW + 1 + 1 + mostLinks;

/**
 * The index a shard's pages read: the articles they print (`articles`), looked up by slug, with
 * their cards; the neighbours and versions of its article pages; the site's slugs of names; and
 * each section's newest articles (the related links' fallback). The site's other lists are
 * empty: the shard's pages of them come planned (`SitePlan.listPages`).
 */
function shardIndex(index: SiteIndex, articles: readonly Article[], needed: ReadonlySet<string>, rendersPage: (slug: string) => boolean, newest: number): SiteIndex {
  return {
    articles,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
    sections: index.sections.map(({ section, articles: list }) => ({ section, articles: list.slice(0, newest) })),
    topics: [],
    authors: [],
    workTypes: [],
    slugs: index.slugs,
    archive: [],
    neighbours: keepKeys(index.neighbours, rendersPage),
    translations: keepKeys(index.translations, rendersPage),
    cards: keepKeys(index.cards, (slug) => needed.has(slug)),
    cardKeys: keepKeys(index.cardKeys, (slug) => needed.has(slug)),
  };
}

/**
 * The site plan as shard `index` of `count` holds it while its pages render: only what its
 * pages and its work beside them read (`shardReads`), so that what a shard holds follows its
 * share of the site rather than the whole archive. The articles its pages print; the related
 * links of the articles whose pages it renders (articlePageShard); the body sources of those
 * and of the articles it indexes (articleIndexShards); the stories its pages show; its own pages
 * of the site's lists, planned from the whole site's; the rest as planned (search parts, share
 * images, pictures, profiles, fixed pages: the whole plan's inputs key, the service worker's
 * version, is the same in every shard). The digest stays the plan's: it names the plan the
 * shard rendered from.
 */
export function planForShard(plan: SitePlan, index: number, count: number): SitePlan {
  const part = { kind: 'shard', index, count } as const;
  const shardOfArticle = articlePageShard(plan.searchShards, count);
  const indexedBy = articleIndexShards(plan.searchShards, count);
  const rendersPage = (slug: string): boolean => shardOfArticle(slug) === index;
  const rendersBody = (slug: string): boolean => rendersPage(slug) || indexedBy.get(slug) === index;
  const { needed, stories, listPages, newest } = shardReads(plan, part, rendersPage, indexedBy);
  const articles = plan.articles.filter((article) => needed.has(article.slug));
  return {
    ...plan,
    articles,
    related: keepKeys(plan.related, rendersPage),
    sources: keepKeys(plan.sources, rendersBody),
    stories,
    changeNotes: keepKeys(plan.changeNotes, (slug) => needed.has(slug)),
    index: shardIndex(plan.index, articles, needed, rendersPage, newest),
    listPages,
    // Only its article pages print their story.
    storyOf: keepKeys(plan.storyOf, rendersPage),
  };
}
