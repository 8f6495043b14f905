import { buildArticleView, type ArticleView } from '../lib/article-view.ts';
import { pageCacheKey } from '../lib/page-cache-key.ts';
import { buildRelatedView, type RelatedView } from '../lib/related-view.ts';
import type { RelatedLink } from '../lib/related/types.ts';
import { articleHeadTags } from '../lib/seo/article-head-tags.ts';
import type { HeadTag } from '../lib/seo/head-tags.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import { buildShareView, type ShareView } from '../lib/share/share-links.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';
import { articlePicture, type ArticlePictureView } from './article-pictures.ts';
import { getPublishedArticles, type PublishedArticle } from './articles.ts';
import { startBuildOutputs } from './build-outputs.ts';
import { getRelatedLinks } from './related.ts';
import { getSiteIndex } from './site-index.ts';

/** Everything one article page prints, worded and formatted; the page only renders it. */
export type ArticlePage = {
  readonly published: PublishedArticle;
  readonly sectionSlug: string;
  readonly url: string;
  readonly view: ArticleView;
  readonly related: RelatedView;
  readonly picture?: ArticlePictureView;
  readonly head: HeadTag[];
  readonly share: ShareView;
};

/** What every article page is built from: the site's lists, computed once per build. */
interface PageSources {
  readonly bySlug: ReadonlyMap<string, PublishedArticle>;
  readonly index: SiteIndex;
  readonly related: ReadonlyMap<string, RelatedLink[]>;
}

let sources: Promise<PageSources> | undefined;

function getPageSources(): Promise<PageSources> {
  sources ??= Promise.all([getPublishedArticles(), getSiteIndex(), getRelatedLinks()]).then(([published, index, related]) => ({
    bySlug: new Map(published.map((item) => [item.article.slug, item])),
    index,
    related,
  }));
  return sources;
}

function buildArticlePage(item: PublishedArticle, picture: ArticlePictureView | undefined, { index, related }: PageSources): ArticlePage {
  const { article } = item;
  const sectionArticles = index.sections.find((s) => s.section.slug === article.section.slug)?.articles ?? [];
  return {
    published: item,
    sectionSlug: article.section.slug,
    url: absoluteUrl(siteConfig.url, article.path),
    view: buildArticleView(article, siteConfig, index.neighbours.get(article.slug)),
    related: buildRelatedView(article, related.get(article.slug) ?? [], sectionArticles, index.bySlug, siteConfig),
    ...(picture === undefined ? {} : { picture }),
    head: articleHeadTags(article, siteConfig),
    share: buildShareView(article, siteConfig),
  };
}

/**
 * The slug of every published article with its incremental-build key: the digest of its
 * file (the body is rendered from it) and everything else the page prints. The page itself
 * is not kept: Astro holds every route's props for the whole build, and the pages of a big
 * site would sit in memory until the last one rendered (getArticlePage builds each again).
 */
export async function getArticlePages(): Promise<{ slug: string; cacheKey: string }[]> {
  await startBuildOutputs(await getPublishedArticles());
  const all = await getPageSources();
  const items = [...all.bySlug.values()];
  // Pictures first, then each page built and digested in turn, so one page at a time is in
  // memory: built in the same async step, every page would exist before the first is digested.
  const pictures = await Promise.all(items.map((item) => articlePicture(item.article)));
  return items.map((item, i) => {
    const { published: _published, ...printed } = buildArticlePage(item, pictures[i], all);
    return { slug: item.article.slug, cacheKey: pageCacheKey({ body: item.entry.digest, printed }) };
  });
}

/** The page of one published article, built when it renders; the same page its cacheKey digested. */
export async function getArticlePage(slug: string): Promise<ArticlePage> {
  const all = await getPageSources();
  const item = all.bySlug.get(slug);
  if (item === undefined) throw new Error(`no published article has the slug "${slug}"`);
  return buildArticlePage(item, await articlePicture(item.article), all);
}
