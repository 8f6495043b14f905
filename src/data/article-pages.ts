import { buildArticleView, type ArticleView } from '../lib/article-view.ts';
import { pageCacheKey } from '../lib/page-cache-key.ts';
import { buildRelatedView, type RelatedView } from '../lib/related-view.ts';
import { articleHeadTags } from '../lib/seo/article-head-tags.ts';
import type { HeadTag } from '../lib/seo/head-tags.ts';
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

/**
 * The page of every published article, with its incremental-build key: the digest of its
 * file (the body is rendered from it) and everything else the page prints.
 */
export async function getArticlePages(): Promise<{ slug: string; page: ArticlePage; cacheKey: string }[]> {
  await startBuildOutputs(await getPublishedArticles());
  const [published, index, related] = await Promise.all([getPublishedArticles(), getSiteIndex(), getRelatedLinks()]);
  return Promise.all(published.map(async (item) => {
    const { article, entry } = item;
    const sectionArticles = index.sections.find((s) => s.section.slug === article.section.slug)?.articles ?? [];
    const picture = await articlePicture(article);
    const page: ArticlePage = {
      published: item,
      sectionSlug: article.section.slug,
      url: absoluteUrl(siteConfig.url, article.path),
      view: buildArticleView(article, siteConfig, index.neighbours.get(article.slug)),
      related: buildRelatedView(article, related.get(article.slug) ?? [], sectionArticles, index.bySlug, siteConfig),
      ...(picture === undefined ? {} : { picture }),
      head: articleHeadTags(article, siteConfig),
      share: buildShareView(article, siteConfig),
    };
    const { published: _published, ...printed } = page;
    return { slug: article.slug, page, cacheKey: pageCacheKey({ body: entry.digest, printed }) };
  }));
}
