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
import { forArticle } from '../lib/for-article.ts';
import { articlePicture, type ArticlePictureView } from './article-pictures.ts';
import { getPublishedArticles, type PublishedArticle } from './articles.ts';
import { startBuildOutputs } from './build-outputs.ts';
import { getRelatedLinks } from '../build/related/related-links.ts';
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

/** What every article page is built from but its related links: the site's lists, computed once per build. */
interface SiteSources {
  readonly bySlug: ReadonlyMap<string, PublishedArticle>;
  readonly index: SiteIndex;
}

let sources: Promise<SiteSources> | undefined;

function getSiteSources(): Promise<SiteSources> {
  sources ??= Promise.all([getPublishedArticles(), getSiteIndex()]).then(([published, index]) => ({
    bySlug: new Map(published.map((item) => [item.article.slug, item])),
    index,
  }));
  return sources;
}

/** Everything an article page prints but its related links. */
type PageWithoutRelated = Omit<ArticlePage, 'related'>;

// Each part of a page is made under its article's name: whatever fails names the file.
function buildPageWithoutRelated(item: PublishedArticle, picture: ArticlePictureView | undefined, { index }: SiteSources): PageWithoutRelated {
  const { article } = item;
  return forArticle(article.file, 'page', () => ({
    published: item,
    sectionSlug: article.section.slug,
    url: absoluteUrl(siteConfig.url, article.path),
    view: buildArticleView(article, siteConfig, index.slugs, index.neighbours.get(article.slug)),
    ...(picture === undefined ? {} : { picture }),
    head: articleHeadTags(article, siteConfig, index.slugs),
    share: buildShareView(article, siteConfig),
  }));
}

function buildRelated({ article }: PublishedArticle, { index }: SiteSources, related: ReadonlyMap<string, RelatedLink[]>): RelatedView {
  const sectionArticles = index.sections.find((s) => s.section.slug === article.section.slug)?.articles ?? [];
  return forArticle(article.file, 'related links', () => buildRelatedView(article, related.get(article.slug) ?? [], sectionArticles, index.bySlug, siteConfig));
}

function pictureOf({ article }: PublishedArticle): Promise<ArticlePictureView | undefined> {
  return forArticle(article.file, 'image', () => articlePicture(article));
}

/**
 * The slug of every published article with its incremental-build key: the digest of its
 * file (the body is rendered from it) and everything else the page prints. The page itself
 * is not kept: Astro holds every route's props for the whole build, and the pages of a big
 * site would sit in memory until the last one rendered (getArticlePage builds each again).
 * The key has two parts: what the page prints but its related links, digested while the
 * links are computed (on a worker thread on a big site), then the related links.
 */
export async function getArticlePages(): Promise<{ slug: string; cacheKey: string }[]> {
  await startBuildOutputs(await getPublishedArticles());
  const relatedLinks = getRelatedLinks();
  const site = await getSiteSources();
  const items = [...site.bySlug.values()];
  // Pictures first, then each page built and digested in turn, so one page at a time is in
  // memory: built in the same async step, every page would exist before the first is digested.
  const pictures = await Promise.all(items.map(pictureOf));
  const withoutRelated = items.map((item, i) => {
    const { published: _published, ...printed } = buildPageWithoutRelated(item, pictures[i], site);
    return pageCacheKey({ body: item.entry.digest, printed });
  });
  const related = await relatedLinks;
  return items.map((item, i) => ({ slug: item.article.slug, cacheKey: `${withoutRelated[i]}.${pageCacheKey(buildRelated(item, site, related))}` }));
}

/** The page of one published article, built when it renders; the same page its cacheKey digested. */
export async function getArticlePage(slug: string): Promise<ArticlePage> {
  const [site, related] = await Promise.all([getSiteSources(), getRelatedLinks()]);
  const item = site.bySlug.get(slug);
  if (item === undefined) throw new Error(`no published article has the slug "${slug}"`);
  return { ...buildPageWithoutRelated(item, await pictureOf(item), site), related: buildRelated(item, site, related) };
}
