import type { Article } from '../article.ts';
import { toZonedIso } from '../dates.ts';
import { markdownBlocks, truncateAtWord } from '../plain-text.ts';
import type { SiteConfig } from '../site-config.ts';
import type { JsonLd } from './json-ld.ts';

/** Longest headline of one live update: Google cuts article headlines past 110 characters. */
const LIVE_UPDATE_HEADLINE_LENGTH = 110;

/**
 * What a live article adds to its LiveBlogPosting: coverage starts when it was published, and
 * each logged update (not the corrections: those are CorrectionComments) is a BlogPosting,
 * newest first as the page lists them. `coverageEndTime` is left out: front matter does not
 * say when coverage stops, and a page still being updated must not claim it has. Nothing for
 * other kinds of work.
 */
export function liveBlogJsonLd(article: Article, site: SiteConfig): JsonLd {
  if (article.workType !== 'live') return {};
  const updates = article.changes.filter((change) => change.kind === 'update');
  return {
    coverageStartTime: article.publishedAt.iso,
    ...(updates.length === 0
      ? {}
      : {
          liveBlogUpdate: updates.map((update) => {
            const blocks = markdownBlocks(update.text);
            const body = blocks.join('\n\n');
            return {
              '@type': 'BlogPosting',
              // Its first paragraph, as a headline: an update has no title of its own.
              headline: truncateAtWord(blocks[0] ?? body, LIVE_UPDATE_HEADLINE_LENGTH, site.locale),
              datePublished: toZonedIso(update.date, site.timeZone),
              articleBody: body,
            };
          }),
        }),
  };
}
