import { measurePhase } from '../lib/build-timings.ts';
import { findRelated } from '../lib/related/find-related.ts';
import type { RelatedLink } from '../lib/related/types.ts';
import { siteConfig } from '../site.config.ts';
import { getPublishedArticles, takeBodyTexts } from './articles.ts';

let cached: Promise<Map<string, RelatedLink[]>> | undefined;

/** Related links of every published article, computed once per build, not once per page. */
export function getRelatedLinks(): Promise<Map<string, RelatedLink[]>> {
  cached ??= Promise.all([getPublishedArticles(), takeBodyTexts()]).then(([published, texts]) =>
    measurePhase('related links', () => findRelated(
      published.map(({ article }) => ({
        slug: article.slug,
        title: article.title,
        standfirst: article.standfirst ?? '',
        bodyText: texts.get(article.slug) ?? '',
        tags: article.tags,
        section: article.section.slug,
        date: article.published,
        pinned: article.pinnedRelated,
      })),
      { limit: siteConfig.relatedLimit },
    )),
  );
  return cached;
}
