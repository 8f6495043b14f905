import type { Feed, Item } from 'feed';
import { escapeHtml } from '../escape-html.ts';
import { markdownToPlainText } from '../plain-text.ts';
import { feedScopeTags } from '../seo/feed-links.ts';
import type { HeadTag } from '../seo/head-tags.ts';
import type { SiteConfig } from '../site-config.ts';
import { balanceBidiControls, isolateBidi } from '../text/bidi.ts';
import { changeFragment } from '../trust/change-log-view.ts';
import { CORRECTIONS_PATH, type SiteCorrection } from '../trust/corrections-list.ts';
import { absoluteUrl } from '../urls.ts';
import { FEED_LIMIT, siteFeed } from './build-feed.ts';
import { feedContentHtml } from './feed-content.ts';
import { feedPath, type FeedFormat } from './feed-paths.ts';
import type { FeedScope } from './feed-scope.ts';

/** Site-relative path of the corrections feed in one format (`/feeds/corrections/rss.xml`), beside the sections' feeds. */
export function correctionsFeedPath(format: FeedFormat): string {
  return feedPath(format, 'corrections');
}

/** What the corrections feed is made from. */
export interface CorrectionsFeedInput {
  readonly site: SiteConfig;
  /** The build's clock: a correction dated after it, or of an article published after it, is not in the feed yet. */
  readonly now: Date;
  /** The site's corrections, newest first (`siteCorrections`). */
  readonly corrections: readonly SiteCorrection[];
}

/** The corrections a feed lists: of published articles, dated by `now`, newest first, at most FEED_LIMIT. */
export function correctionsInFeed({ now, corrections }: Pick<CorrectionsFeedInput, 'now' | 'corrections'>): SiteCorrection[] {
  return corrections.filter(({ article, change }) => !article.draft && article.published.getTime() <= now.getTime() && change.date.getTime() <= now.getTime()).slice(0, FEED_LIMIT);
}

/**
 * The feed of the site's corrections: one item per correction, whose id and link are the
 * correction's own place in the article's log (`…/articles/slug/#change-<anchor>`), so the id
 * stays the same from build to build and a reader's app shows each correction once. The text
 * is the HTML the article prints, with its links made absolute.
 */
export function buildCorrectionsFeed(input: CorrectionsFeedInput): Feed {
  const { site } = input;
  const items = correctionsInFeed(input);
  // The newest correction, not the clock: an unchanged site gives an unchanged feed.
  const feed = siteFeed(site, correctionsFeedScope(site), items[0]?.change.date ?? input.now);
  for (const item of items) feed.addItem(correctionItem(item, site));
  return feed;
}

/** What the corrections feed is of: the /corrections/ page, and its feeds beside the sections'. */
export function correctionsFeedScope(site: SiteConfig): FeedScope {
  return { path: CORRECTIONS_PATH, title: `${site.title}: Corrections`, description: `Every correction ${site.title} has published, newest first.`, feedPath: correctionsFeedPath };
}

function correctionItem({ article, change, html, anchor }: SiteCorrection, site: SiteConfig): Item {
  const articleUrl = absoluteUrl(site.url, article.path);
  const url = `${articleUrl}#${changeFragment(anchor)}`;
  const text = balanceBidiControls(markdownToPlainText(change.text));
  const content = feedContentHtml(html, articleUrl).trim();
  return {
    id: url,
    link: url,
    // The headline is isolated: readers print it beside our words.
    title: `Correction: ${isolateBidi(article.title)}`,
    date: change.date,
    published: change.date,
    description: text,
    // Never empty: RSS declares its content namespace only for items with content.
    content: content === '' ? `<p>${escapeHtml(text)}</p>` : content,
  };
}

/** `<link rel="alternate">` tags that let browsers and readers find the corrections feeds, for /corrections/. */
export function correctionsFeedTags(site: SiteConfig): HeadTag[] {
  return feedScopeTags(site, correctionsFeedScope(site));
}
