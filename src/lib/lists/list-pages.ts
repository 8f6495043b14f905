import type { Article } from '../article.ts';
import { monthSegment } from '../archive.ts';
import type { SiteIndex } from '../site-index.ts';
import type { Section } from '../site-config.ts';
import type { AuthorProfile } from '../trust/author-profiles.ts';
import type { WorkType } from '../trust/work-type.ts';
import { workTypePath } from '../trust/work-type-view.ts';
import { archivePath, authorPath, pagePath, sectionPath, topicPath } from '../urls.ts';

/** How many articles a page of any of the site's lists shows. */
export const LIST_PAGE_SIZE = 20;

/** Where a page of a list is and where its neighbours are: the shape of Astro's `Page['url']`, absent pages `undefined`. */
export interface ListPageUrls {
  readonly current: string;
  readonly next: string | undefined;
  readonly prev: string | undefined;
  readonly first: string | undefined;
  readonly last: string | undefined;
}

/**
 * One page of a list: the shape of Astro's `Page`, so that the layouts and the pages' keys take
 * it as they took Astro's. `data` holds the page's article slugs in the plan and their cards
 * once the page is one a build renders.
 */
export interface ListPage<T> {
  readonly data: readonly T[];
  readonly start: number;
  readonly end: number;
  readonly size: number;
  readonly total: number;
  readonly currentPage: number;
  readonly lastPage: number;
  readonly url: ListPageUrls;
}

/**
 * The page number in a list route's params: absent on page 1, as in `/world/`, then `2`, `3`…,
 * as in `/world/2/`. A type, not an interface: Astro's params are a record, which only a type's
 * fields satisfy.
 */
export type PageParam = {
  readonly page: string | undefined;
};

/** A list route's params but its page number: the list's own (`{ section: 'world' }`), strings as a URL holds them. */
export type ListParams = Readonly<Record<string, string>>;

/** One page of a list route as the plan makes it: its params, its props, and the slugs of the articles it shows. */
export interface PlannedListPage<Params extends ListParams, Props extends object> {
  readonly params: Params & PageParam;
  readonly props: Props & { readonly page: ListPage<string> };
}

/**
 * Every page of one list (`slugs`, in the order shown) whose page 1 is at `firstPath`, as
 * Astro's `paginate` makes them for a `[...page]` route with the site's trailing slashes: a list
 * with no article still has page 1, which says so.
 */
export function paginateList<Params extends ListParams, Props extends object>(
  slugs: readonly string[],
  firstPath: string,
  params: Params,
  props: Props,
  pageSize: number = LIST_PAGE_SIZE,
): PlannedListPage<Params, Props>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`list pages: ${pageSize} articles a page is not a positive whole number`);
  const lastPage = Math.max(1, Math.ceil(slugs.length / pageSize));
  const at = (n: number): string => pagePath(firstPath, n);
  const pages: PlannedListPage<Params, Props>[] = [];
  for (let n = 1; n <= lastPage; n++) {
    const start = (n - 1) * pageSize;
    const end = Math.min(start + pageSize, slugs.length);
    const url: ListPageUrls = {
      current: at(n),
      next: n === lastPage ? undefined : at(n + 1),
      prev: n === 1 ? undefined : at(n - 1),
      first: n === 1 ? undefined : at(1),
      last: n === lastPage ? undefined : at(lastPage),
    };
    const page: ListPage<string> = { data: slugs.slice(start, end), start, end: end - 1, size: pageSize, total: slugs.length, currentPage: n, lastPage, url };
    pages.push({ params: { ...params, page: n === 1 ? undefined : String(n) }, props: { ...props, page } });
  }
  return pages;
}

const slugsOf = (articles: readonly Pick<Article, 'slug'>[]): string[] => articles.map((article) => article.slug);

/** Every page of the section fronts (`/world/`, `/world/2/`…): each section's articles, newest first. */
export function sectionListPages(index: Pick<SiteIndex, 'sections'>): PlannedListPage<{ section: string }, { section: Section }>[] {
  return index.sections.flatMap(({ section, articles }) => paginateList(slugsOf(articles), sectionPath(section.slug), { section: section.slug }, { section }));
}

/** Every page of the topics' lists (`/topics/russia/`…). */
export function topicListPages(index: Pick<SiteIndex, 'topics'>): PlannedListPage<{ topic: string }, { name: string; slug: string }>[] {
  return index.topics.flatMap((topic) => paginateList(slugsOf(topic.articles), topicPath(topic.slug), { topic: topic.slug }, { name: topic.name, slug: topic.slug }));
}

/** Every page of the authors' lists (`/authors/jane-doe/`…), with the author's profile where editors wrote one. */
export function authorListPages(index: Pick<SiteIndex, 'authors' | 'slugs'>): PlannedListPage<{ author: string }, { name: string; slug: string; profile: AuthorProfile | undefined }>[] {
  return index.authors.flatMap((author) =>
    paginateList(slugsOf(author.articles), authorPath(author.slug), { author: author.slug }, { name: author.name, slug: author.slug, profile: index.slugs.profiles?.get(author.slug) }),
  );
}

/** Every page of the lists by kind of work (`/type/opinion/`…), a kind with no article having none. */
export function workTypeListPages(index: Pick<SiteIndex, 'workTypes'>): PlannedListPage<{ type: WorkType }, { type: WorkType }>[] {
  return index.workTypes.flatMap(({ type, articles }) => paginateList(slugsOf(articles), workTypePath(type), { type }, { type }));
}

/** Every page of the archive's months (`/archive/2024/03/`…). */
export function archiveMonthListPages(index: Pick<SiteIndex, 'archive'>): PlannedListPage<{ year: string; month: string }, { year: number; month: number }>[] {
  return index.archive.flatMap(({ months }) =>
    months.flatMap(({ year, month, articles }) => paginateList(slugsOf(articles), archivePath(year, month), { year: String(year), month: monthSegment(month) }, { year, month })),
  );
}

/** Every page of the list of all articles, newest first (`/latest/`…). */
export function latestListPages(index: Pick<SiteIndex, 'articles'>): PlannedListPage<Record<never, string>, Record<never, never>>[] {
  return paginateList(slugsOf(index.articles), '/latest/', {}, {});
}

/** A year's page of the archive: its months, newest first, with how many articles each holds (what the page prints, not the articles). */
export interface ArchiveYearPage {
  readonly params: { readonly year: string };
  readonly props: { readonly year: number; readonly months: readonly { readonly month: number; readonly count: number }[] };
}

/** Every year's page of the archive (`/archive/2024/`…). */
export function archiveYearPages(index: Pick<SiteIndex, 'archive'>): ArchiveYearPage[] {
  return index.archive.map(({ year, months }) => ({ params: { year: String(year) }, props: { year, months: months.map(({ month, articles }) => ({ month, count: articles.length })) } }));
}

/** The pages of every list of the site, by list, as the plan makes them. */
export interface SiteListPages {
  readonly sections: ReturnType<typeof sectionListPages>;
  readonly topics: ReturnType<typeof topicListPages>;
  readonly authors: ReturnType<typeof authorListPages>;
  readonly workTypes: ReturnType<typeof workTypeListPages>;
  readonly archiveMonths: ReturnType<typeof archiveMonthListPages>;
  readonly archiveYears: readonly ArchiveYearPage[];
  readonly latest: ReturnType<typeof latestListPages>;
}

/** The route (as its file is named under src/pages/) of each list's pages: what a page's key for sharding names. */
export const LIST_ROUTES: Readonly<Record<keyof SiteListPages, string>> = {
  sections: '[section]/[...page]',
  topics: 'topics/[topic]/[...page]',
  authors: 'authors/[author]/[...page]',
  workTypes: 'type/[type]/[...page]',
  archiveMonths: 'archive/[year]/[month]/[...page]',
  archiveYears: 'archive/[year]',
  latest: 'latest/[...page]',
};

const PLANNERS: { readonly [K in keyof SiteListPages]: (index: SiteIndex) => SiteListPages[K] } = {
  sections: sectionListPages,
  topics: topicListPages,
  authors: authorListPages,
  workTypes: workTypeListPages,
  archiveMonths: archiveMonthListPages,
  archiveYears: archiveYearPages,
  latest: latestListPages,
};

/** The pages of the list `list`: the plan's own when it holds them (a shard's, src/lib/shards/shard-plan.ts), else every page, from the site's index. */
export function listPagesOf<K extends keyof SiteListPages>(content: { readonly index: SiteIndex; readonly listPages?: SiteListPages | undefined }, list: K): SiteListPages[K] {
  return content.listPages?.[list] ?? PLANNERS[list](content.index);
}

type RouteParams = Readonly<Record<string, string | undefined>>;

// One value for each of the site's lists: the one place they are named one by one.
function eachList(make: <K extends keyof SiteListPages>(list: K) => SiteListPages[K]): SiteListPages {
  return {
    sections: make('sections'),
    topics: make('topics'),
    authors: make('authors'),
    workTypes: make('workTypes'),
    archiveMonths: make('archiveMonths'),
    archiveYears: make('archiveYears'),
    latest: make('latest'),
  };
}

/** The pages of every list of the site, from its index. */
export function siteListPages(index: SiteIndex): SiteListPages {
  return eachList((list) => PLANNERS[list](index));
}

/** Of `pages`, those `keep` says so of, by their route and params (a shard's share). */
export function listPagesWhere(pages: SiteListPages, keep: (route: string, params: RouteParams) => boolean): SiteListPages {
  return eachList(<K extends keyof SiteListPages>(list: K): SiteListPages[K] => {
    const kept: readonly { readonly params: RouteParams }[] = pages[list];
    // Filtered, a list's pages are still of its type.
    return kept.filter((page) => keep(LIST_ROUTES[list], page.params)) as SiteListPages[K];
  });
}

/** The articles' slugs every page of `pages` shows, page by page (a year's archive page shows none). */
export function slugsOnListPages(pages: SiteListPages): (readonly string[])[] {
  return [pages.sections, pages.topics, pages.authors, pages.workTypes, pages.archiveMonths, pages.latest].flatMap((list) => list.map(({ props }) => props.page.data));
}
