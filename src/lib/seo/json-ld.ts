import type { Article } from '../article.ts';
import type { SiteConfig } from '../site-config.ts';
import type { ShareCardKind } from '../share-image/share-image-variants.ts';
import { WORK_TYPE_INFO } from '../trust/work-type.ts';
import { slugOfName, type GroupSlugs } from '../taxonomy.ts';
import { absoluteUrl, sectionPath } from '../urls.ts';
import { modifiedIso } from './modified-time.ts';
import { articleImageUrls } from './article-images.ts';
import { correctionJsonLd } from './correction-json-ld.ts';
import { liveBlogJsonLd } from './live-blog-json-ld.ts';
import { PUBLISHER_LOGO } from './site-images.ts';
import { authorNodeJsonLd } from './author-json-ld.ts';
import { sitePagePath, type SitePageSlug } from '../trust/site-pages.ts';

/** A schema.org node, ready for JSON. */
export type JsonLd = { readonly [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | readonly JsonLdValue[];

/**
 * The site as a news publisher, with its logo and, for the fixed pages it has (`pages`), the
 * Trust Project's links: `publishingPrinciples` (the standards page, else the about page) and
 * `correctionsPolicy`.
 */
export function publisherJsonLd(site: SiteConfig, pages: readonly SitePageSlug[] = []): JsonLd {
  const principles = pages.includes('standards') ? 'standards' : pages.includes('about') ? 'about' : undefined;
  return {
    '@type': 'Organization',
    name: site.title,
    url: absoluteUrl(site.url, '/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(site.url, PUBLISHER_LOGO.path), width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height },
    ...(principles === undefined ? {} : { publishingPrinciples: absoluteUrl(site.url, sitePagePath(principles)) }),
    ...(pages.includes('corrections-policy') ? { correctionsPolicy: absoluteUrl(site.url, sitePagePath('corrections-policy')) } : {}),
  };
}

/**
 * Who wrote it: each byline with the URL of their author page (`slugs`, the site index's, says
 * which) and what their profile says (src/lib/seo/author-json-ld.ts: a Person, or an
 * Organization for an agency); else the agency credited, with its page when it has a profile;
 * else the site.
 */
export function authorsJsonLd(article: Article, site: SiteConfig, slugs: GroupSlugs): JsonLd[] {
  if (article.authors.length > 0) {
    return article.authors.map((name) => {
      const slug = slugOfName(slugs.authors, name);
      return authorNodeJsonLd(name, slug, slugs.profiles?.get(slug), site);
    });
  }
  if (article.source !== undefined) {
    // An agency's profile lists the stories credited to it (src/lib/trust/author-profiles.ts).
    const slug = slugs.authors.get(article.source);
    const profile = slug === undefined ? undefined : slugs.profiles?.get(slug);
    return [profile === undefined ? { '@type': 'Organization', name: article.source } : authorNodeJsonLd(article.source, slug, profile, site)];
  }
  return [{ '@type': 'Organization', name: site.title, url: absoluteUrl(site.url, '/') }];
}

/** An article as schema.org's NewsArticle, as Google's article rich results read it; `card`: the share card the site plan chose for it. */
export function newsArticleJsonLd(article: Article, site: SiteConfig, slugs: GroupSlugs, card: ShareCardKind): JsonLd {
  const url = absoluteUrl(site.url, article.path);
  return {
    '@context': 'https://schema.org',
    // The kind of work as schema.org names it (OpinionNewsArticle, LiveBlogPosting…), so machines tell opinion from news too.
    '@type': WORK_TYPE_INFO[article.workType].schemaType,
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: article.title,
    description: article.summary,
    inLanguage: article.lang,
    datePublished: article.publishedAt.iso,
    dateModified: modifiedIso(article, site.timeZone),
    author: authorsJsonLd(article, site, slugs),
    publisher: publisherJsonLd(site, slugs.sitePages),
    image: articleImageUrls(article, site, card),
    articleSection: article.section.name,
    ...(article.dateline === undefined ? {} : { dateline: article.dateline }),
    ...(article.tags.length === 0 ? {} : { keywords: article.tags }),
    ...(article.source === undefined ? {} : { sourceOrganization: { '@type': 'Organization', name: article.source } }),
    wordCount: article.wordCount,
    isAccessibleForFree: true,
    ...liveBlogJsonLd(article, site),
    ...correctionJsonLd(article, site),
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
