import { cardsOfSlugs, type ArticleCardView } from '../../lib/article-card.ts';
import type { ListPage, ListParams, PlannedListPage } from '../../lib/lists/list-pages.ts';
import { withCacheKeys } from '../../lib/page-cache-key.ts';
import { pageKey, rendersShardedKey, rendersSiteWide } from '../../lib/shards/build-part.ts';
import type { SiteIndex } from '../../lib/site-index.ts';
import { requireBuildSession } from '../session/build-session.ts';

type StaticPath = { readonly params: Readonly<Record<string, string | number | undefined>> };

/**
 * The paths this build renders of a route whose pages are split between shards (articles,
 * section, topic, author and archive pages): all of them in a whole build, a shard's share in
 * a shard, none in the merge or the plan. A shard notes the pages it renders and the merge
 * every page the site has, so the merge can name a page no shard wrote or two shards wrote.
 */
export function splitRoutePaths<P extends StaticPath>(route: string, paths: readonly P[]): P[] {
  const rendered = new Set(
    splitRouteParams(
      route,
      paths.map(({ params }) => params),
    ),
  );
  return paths.filter(({ params }) => rendered.has(params));
}

/**
 * splitRoutePaths, then the incremental-build keys (`withCacheKeys`, with the site's `frame` and
 * `cards`) of the paths kept: only the pages this build renders are digested, a shard's share
 * and none in the merge or the plan.
 */
export function splitPathsWithKeys<P extends StaticPath & { readonly props?: unknown }>(
  route: string,
  frame: string,
  paths: readonly P[],
  cards?: Pick<SiteIndex, 'cards' | 'cardKeys'>,
): (P & { cacheKey: string })[] {
  return withCacheKeys(frame, splitRoutePaths(route, paths), cards);
}

/**
 * The paths this build renders of a list route, from the plan's pages of it
 * (src/lib/lists/list-pages.ts): split first (splitRoutePaths), so that a shard looks up cards
 * and makes keys only for its own share; each page kept then shows its articles' cards (the
 * site's, `cards`) and carries its incremental-build key, made as splitPathsWithKeys makes it.
 */
export function listRoutePaths<Params extends ListParams, Props extends object>(
  route: string,
  frame: string,
  pages: readonly PlannedListPage<Params, Props>[],
  cards: Pick<SiteIndex, 'cards' | 'cardKeys'>,
): { params: PlannedListPage<Params, Props>['params']; props: Props & { page: ListPage<ArticleCardView> }; cacheKey: string }[] {
  const shown = splitRoutePaths(route, pages).map(({ params, props }) => ({ params, props: { ...props, page: { ...props.page, data: cardsOfSlugs(props.page.data, cards.cards) } } }));
  return withCacheKeys(frame, shown, cards);
}

/**
 * splitRoutePaths for a route's params alone, for a route that lists its pages before it makes
 * their paths. `dealtTo`, given the number of shards, names the shard of the pages it knows (an
 * article's page goes with its search part: src/lib/shards/search-part-owners.ts); the others
 * go by the hash of their key.
 */
export function splitRouteParams<T extends StaticPath['params']>(route: string, params: readonly T[], dealtTo?: (count: number) => (one: T) => number | undefined): T[] {
  const session = requireBuildSession(`the pages of ${route}`);
  const { part, splitPages } = session;
  if (part.kind === 'whole') return [...params];
  // The plan renders no page and notes none: a key for each of an archive's pages would be made for nothing.
  if (part.kind === 'plan') return [];
  const shardOfParams = part.kind === 'shard' ? dealtTo?.(part.count) : undefined;
  const rendered: T[] = [];
  for (const one of params) {
    const key = pageKey(route, one);
    const dealt = shardOfParams?.(one);
    if (part.kind === 'merge') splitPages.set(key, route);
    else if (dealt === undefined ? rendersShardedKey(part, key) : part.kind === 'shard' && dealt === part.index) {
      splitPages.set(key, route);
      rendered.push(one);
    }
  }
  return rendered;
}

/** The paths of a route that spans the whole site (feeds, `_redirects`, the news sitemap): rendered by a whole build and by the merge, never by a shard. */
export function siteWidePaths<P>(paths: readonly P[]): P[] {
  return rendersSiteWide(requireBuildSession('a site-wide route').part) ? [...paths] : [];
}
