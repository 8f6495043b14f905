import type { Article } from '../article.ts';
import { sameLanguage } from '../i18n/language.ts';
import type { SiteConfig } from '../site-config.ts';
import type { ShareCardKind } from '../share-image/share-image-variants.ts';
import { balanceBidiControls } from '../text/bidi.ts';
import type { GroupSlugs } from '../taxonomy.ts';
import { articleSocialImage } from './article-images.ts';
import { modifiedIso } from './modified-time.ts';
import { pageHeadTags, type HeadTag } from './head-tags.ts';
import { breadcrumbJsonLd, newsArticleJsonLd } from './json-ld.ts';
import { serializeJsonLd } from './safe-json.ts';

/**
 * Everything an article page says about itself in its head: the page basics, Open Graph as
 * an article with its share image, the article: properties, and NewsArticle and
 * BreadcrumbList structured data. `slugs` (the site index's) links each byline to its author page;
 * `card` is the share card the site plan chose for the article (its own, or its section's).
 */
export function articleHeadTags(article: Article, site: SiteConfig, slugs: GroupSlugs, card: ShareCardKind): HeadTag[] {
  const property = (name: string, content: string): HeadTag => ({ tag: 'meta', attributes: { property: name, content } });
  return [
    ...pageHeadTags(
      {
        title: article.title,
        description: article.summary,
        path: article.path,
        image: articleSocialImage(article, site, card),
        type: 'article',
        locale: sameLanguage(article.lang, site.language) ? undefined : article.lang,
      },
      site,
    ),
    property('article:published_time', article.publishedAt.iso),
    property('article:modified_time', modifiedIso(article, site.timeZone)),
    property('article:section', article.section.name),
    ...article.tags.map((tag) => property('article:tag', balanceBidiControls(tag))),
    { tag: 'script', type: 'application/ld+json', json: serializeJsonLd(newsArticleJsonLd(article, site, slugs, card)) },
    { tag: 'script', type: 'application/ld+json', json: serializeJsonLd(breadcrumbJsonLd(article, site)) },
  ];
}
