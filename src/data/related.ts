import { measurePhase } from '../lib/build-timings.ts';
import { findRelated } from '../lib/related/find-related.ts';
import type { RelatedLink } from '../lib/related/types.ts';
import { siteConfig } from '../site.config.ts';
import { getPublishedArticles } from './articles.ts';

let cached: Promise<Map<string, RelatedLink[]>> | undefined;

/** Related links of every published article, computed once per build, not once per page. */
export function getRelatedLinks(): Promise<Map<string, RelatedLink[]>> {
  cached ??= getPublishedArticles().then((published) =>
    measurePhase('related links', () => findRelated(
      published.map(({ article }) => ({
        slug: article.slug,
        title: article.title,
        standfirst: article.standfirst ?? '',
        bodyText: article.bodyText,
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
