import type { Article } from '../article.ts';
import type { HeadTag } from '../seo/head-tags.ts';
import { openGraphLocale } from '../seo/open-graph.ts';
import type { SiteConfig } from '../site-config.ts';
import { absoluteUrl } from '../urls.ts';
import { sameLanguage } from './language.ts';

/**
 * The head tags that tie a story's versions together for search engines and unfurlers: an
 * `hreflang` alternate for every version, this one included (Google asks for the page itself
 * too), an `x-default` for readers whose language has none (the version in the site's
 * language, else the first published), and `og:locale:alternate` for each other language.
 * None for an article without translations.
 */
export function translationHeadTags(article: Article, versions: readonly Article[], site: SiteConfig): HeadTag[] {
  if (versions.length < 2) return [];
  const alternate = (hreflang: string, version: Article): HeadTag => ({ tag: 'link', attributes: { rel: 'alternate', hreflang, href: absoluteUrl(site.url, version.path) } });
  const fallback =
    versions.find((version) => sameLanguage(version.lang, site.language)) ?? [...versions].sort((a, b) => a.published.getTime() - b.published.getTime() || (a.slug < b.slug ? -1 : 1))[0];
  return [
    ...versions.map((version) => alternate(version.lang, version)),
    ...(fallback === undefined ? [] : [alternate('x-default', fallback)]),
    ...versions
      .filter((version) => version !== article)
      .map((version): HeadTag => ({ tag: 'meta', attributes: { property: 'og:locale:alternate', content: openGraphLocale(sameLanguage(version.lang, site.language) ? site.locale : version.lang) } })),
  ];
}
