import type { Article } from '../article.ts';
import { toZonedIso } from '../dates.ts';
import type { SiteConfig } from '../site-config.ts';
import type { ShareCardKind } from '../share-image/share-image-variants.ts';
import { slugOfName, type GroupSlugs } from '../taxonomy.ts';
import { absoluteUrl, authorPath, sectionPath } from '../urls.ts';
import { articleImageUrls } from './article-images.ts';
import { PUBLISHER_LOGO } from './site-images.ts';

/** A schema.org node, ready for JSON. */
export type JsonLd = { readonly [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | readonly JsonLdValue[];

/** The site as a news publisher, with its logo. */
export function publisherJsonLd(site: SiteConfig): JsonLd {
  return {
    '@type': 'Organization',
    name: site.title,
    url: absoluteUrl(site.url, '/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(site.url, PUBLISHER_LOGO.path), width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height },
  };
}

/**
 * Who wrote it: each byline as a Person with the URL of their author page (`slugs`, the site
 * index's, says which), else the agency as an Organization, else the site.
 */
export function authorsJsonLd(article: Article, site: SiteConfig, slugs: GroupSlugs): JsonLd[] {
  if (article.authors.length > 0) return article.authors.map((name) => ({ '@type': 'Person', name, url: absoluteUrl(site.url, authorPath(slugOfName(slugs.authors, name))) }));
  if (article.source !== undefined) return [{ '@type': 'Organization', name: article.source }];
  return [{ '@type': 'Organization', name: site.title, url: absoluteUrl(site.url, '/') }];
}

/** An article as schema.org's NewsArticle, as Google's article rich results read it; `card`: the share card the site plan chose for it. */
export function newsArticleJsonLd(article: Article, site: SiteConfig, slugs: GroupSlugs, card: ShareCardKind): JsonLd {
  const url = absoluteUrl(site.url, article.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: article.title,
    description: article.summary,
    inLanguage: site.language,
    datePublished: toZonedIso(article.published, site.timeZone),
    dateModified: toZonedIso(article.updated ?? article.published, site.timeZone),
    author: authorsJsonLd(article, site, slugs),
    publisher: publisherJsonLd(site),
    image: articleImageUrls(article, site, card),
    articleSection: article.section.name,
    ...(article.tags.length === 0 ? {} : { keywords: article.tags }),
    ...(article.source === undefined ? {} : { sourceOrganization: { '@type': 'Organization', name: article.source } }),
    wordCount: article.wordCount,
    isAccessibleForFree: true,
  };
}

/** Home › Section › Article, as schema.org's BreadcrumbList. */
export function breadcrumbJsonLd(article: Article, site: SiteConfig): JsonLd {
  const steps = [
    { name: 'Home', path: '/' },
    { name: article.section.name, path: sectionPath(article.section.slug) },
    { name: article.title, path: article.path },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, i) => ({ '@type': 'ListItem', position: i + 1, name: step.name, item: absoluteUrl(site.url, step.path) })),
  };
}
