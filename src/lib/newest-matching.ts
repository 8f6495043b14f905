import { byNewest, type Article } from './article.ts';

/**
 * The newest `limit` items that `keep` keeps, newest first (`byNewest`: the same order as
 * sorting them all and taking the first `limit`), in one pass: a feed or a short list asks for
 * a few dozen of an archive's articles, and sorting the archive for each cost more than the rest.
 */
export function newestMatching<T>(items: readonly T[], limit: number, articleOf: (item: T) => Article, keep: (article: Article) => boolean): T[] {
  const best: T[] = [];
  if (limit <= 0) return best;
  for (const item of items) {
    const article = articleOf(item);
    if (!keep(article)) continue;
    const last = best[best.length - 1];
    if (best.length === limit && last !== undefined && byNewest(article, articleOf(last)) >= 0) continue;
    // The place among the kept ones, found from the end: an archive listed newest first adds at the end.
    let at = best.length;
    while (at > 0 && byNewest(article, articleOf(best[at - 1]!)) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > limit) best.pop();
  }
  return best;
}
