import { Feed, type Item } from 'feed';
import type { Article } from '../article.ts';
import { escapeHtml } from '../escape-html.ts';
import { ownImageUrl, shareCardUrl } from '../seo/article-images.ts';
import type { ShareCardKind } from '../share-image/share-image-variants.ts';
import { PUBLISHER_LOGO } from '../seo/site-images.ts';
import type { Section, SiteConfig } from '../site-config.ts';
import { balanceBidiControls, isolateBidi } from '../text/bidi.ts';
import { lastModified } from '../trust/article-changes.ts';
import type { WorkType } from '../trust/work-type.ts';
import { newestMatching } from '../newest-matching.ts';
import { sectionArticles, type SiteIndex } from '../site-index.ts';
import { absoluteUrl } from '../urls.ts';
import { feedContentHtml } from './feed-content.ts';
import { articlesFeedScope, type FeedScope } from './feed-scope.ts';

/** How many of the latest articles a feed holds. */
export const FEED_LIMIT = 50;

/** An article with its rendered, sanitised body HTML. */
export interface FeedArticle {
  readonly article: Article;
  readonly html: string;
}

/** What a feed is built from: the whole site's, one section's or one kind of work's. */
export interface FeedInput {
  readonly site: SiteConfig;
  /** The build's clock: articles published after it are not in the feed yet. */
  readonly now: Date;
  readonly articles: readonly FeedArticle[];
  readonly section?: Section | undefined;
  /** One kind of work (opinion, analysis…): the feed lists only it. */
  readonly workType?: WorkType | undefined;
  /** Slugs of the articles still shown with their section's share card (the site plan's choice): none when absent. */
  readonly sharedWithSectionCard?: ReadonlySet<string> | undefined;
}

/** What chooses a feed's articles: the build's clock, and the section and kind of work it is limited to, if any. */
export type FeedChoice = Pick<FeedInput, 'now' | 'section' | 'workType'>;

/** Whether an article is in a feed of `choice`: published by `now`, not a draft, of the section and the kind of work if any. */
function inFeed(article: Article, { now, section, workType }: FeedChoice): boolean {
  return (
    !article.draft && article.published.getTime() <= now.getTime() && (section === undefined || article.section.slug === section.slug) && (workType === undefined || article.workType === workType)
  );
}

/** The articles a feed lists: published by `now`, no drafts, of the section and the kind of work if any, newest first, at most 50. */
export function feedArticles(input: FeedInput): FeedArticle[] {
  return newestMatching(
    input.articles,
    FEED_LIMIT,
    ({ article }) => article,
    (article) => inFeed(article, input),
  );
}

/**
 * The site index's own list of a feed's scope (a section's, a kind of work's, or the whole
 * site's): `articlesInFeed` then reads only those, not the whole archive for each of the
 * site's feeds.
 */
export function articlesOfFeedScope(index: Pick<SiteIndex, 'articles' | 'sections' | 'workTypes'>, { section, workType }: FeedChoice): readonly Article[] {
  if (section !== undefined) return sectionArticles(index, section.slug);
  if (workType !== undefined) return index.workTypes.find((group) => group.type === workType)?.articles ?? [];
  return index.articles;
}

/** `feedArticles` of articles without their bodies yet: which ones a feed lists, so only their bodies are awaited. */
export function articlesInFeed(articles: readonly Article[], choice: FeedChoice): Article[] {
  return newestMatching(
    articles,
    FEED_LIMIT,
    (article) => article,
    (article) => inFeed(article, choice),
  );
}

/**
 * A feed of the latest articles with their full text, every URL absolute. Titles and
 * summaries are plain text here; `renderFeed` escapes them where a format reads HTML.
 * Headlines and names are isolated (`isolateBidi`): readers print them beside the feed's
 * name, a date or each other, which a right-to-left one, or a stray override, would reorder.
 */
export function buildFeed(input: FeedInput): Feed {
  const { site } = input;
  const items = feedArticles(input);
  const newest = items.map(({ article }) => lastModified(article.published, article.updated, article.changes).getTime());
  // The newest change, not the clock: an unchanged site gives an unchanged feed.
  const feed = siteFeed(site, articlesFeedScope(site, input), new Date(newest.length > 0 ? Math.max(...newest) : input.now.getTime()));
  for (const item of items) feed.addItem(feedItem(item, site, input.sharedWithSectionCard?.has(item.article.slug) === true ? 'section' : 'article'));
  return feed;
}

/** An empty feed of `scope`, dated `updated`, with what every feed of the site says of the site itself: its logo, copyright and name as author. */
export function siteFeed(site: SiteConfig, scope: FeedScope, updated: Date): Feed {
  const home = absoluteUrl(site.url, scope.path);
  return new Feed({
    id: home,
    link: home,
    title: scope.title,
    description: scope.description,
    language: site.language,
    updated,
    image: absoluteUrl(site.url, PUBLISHER_LOGO.path),
    copyright: `© ${site.title}`,
    generator: false,
    author: { name: site.title, link: absoluteUrl(site.url, '/') },
    feedLinks: {
      rss: absoluteUrl(site.url, scope.feedPath('rss')),
      atom: absoluteUrl(site.url, scope.feedPath('atom')),
      json: absoluteUrl(site.url, scope.feedPath('json')),
    },
  });
}

function feedItem({ article, html }: FeedArticle, site: SiteConfig, card: ShareCardKind): Item {
  const url = absoluteUrl(site.url, article.path);
  const content = feedContentHtml(html, url).trim();
  const credits = article.authors.length > 0 ? article.authors : article.source === undefined ? [] : [article.source];
  return {
    id: url,
    link: url,
    title: isolateBidi(article.title),
    date: lastModified(article.published, article.updated, article.changes),
    published: article.published,
    description: balanceBidiControls(article.summary),
    // Never empty: RSS declares its content namespace only for items with content.
    content: content === '' ? `<p>${escapeHtml(article.summary)}</p>` : content,
    // Left out when there is no credit: feed's JSON writer reads the first author unguarded.
    ...(credits.length === 0 ? {} : { author: credits.map((name) => ({ name: isolateBidi(name) })) }),
    // A tag is a name to match on, not text to read beside others: paired, not wrapped.
    category: [article.section.name, ...article.tags].map((tag) => balanceBidiControls(tag)).map((name) => ({ name, term: name })),
    image: feedImage(article, site, card),
  };
}

// Feed readers want a picture whose type they know: the editor's own when its file name
// says what it is, else the generated PNG card the site plan chose (its own, or its section's
// until its own is drawn: a URL that exists either way).
function feedImage(article: Article, site: SiteConfig, card: ShareCardKind): { url: string; type: string } {
  const own = ownImageUrl(article, site);
  const type = own === undefined ? undefined : imageType(own);
  if (own !== undefined && type !== undefined) return { url: own, type };
  return { url: shareCardUrl(article, site, card), type: 'image/png' };
}

function imageType(url: string): string | undefined {
  const extension = /\.(jpe?g|png|gif|webp|avif)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : `image/${extension === 'jpg' ? 'jpeg' : extension}`;
}
