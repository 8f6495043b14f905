import { Feed, type Item } from 'feed';
import { byNewest, type Article } from '../article.ts';
import { escapeHtml } from '../escape-html.ts';
import { ownImageUrl, shareCardUrl } from '../seo/article-images.ts';
import type { ShareCardKind } from '../share-image/share-image-variants.ts';
import { PUBLISHER_LOGO } from '../seo/site-images.ts';
import type { Section, SiteConfig } from '../site-config.ts';
import { balanceBidiControls, isolateBidi } from '../text/bidi.ts';
import { absoluteUrl, sectionPath } from '../urls.ts';
import { feedContentHtml } from './feed-content.ts';
import { feedPath } from './feed-paths.ts';

/** How many of the latest articles a feed holds. */
export const FEED_LIMIT = 50;

/** An article with its rendered, sanitised body HTML. */
export interface FeedArticle {
  readonly article: Article;
  readonly html: string;
}

/** What a feed is built from: the whole site's, or one section's. */
export interface FeedInput {
  readonly site: SiteConfig;
  /** The build's clock: articles published after it are not in the feed yet. */
  readonly now: Date;
  readonly articles: readonly FeedArticle[];
  readonly section?: Section | undefined;
  /** Slugs of the articles still shown with their section's share card (the site plan's choice): none when absent. */
  readonly sharedWithSectionCard?: ReadonlySet<string> | undefined;
}

/** The articles a feed lists: published by `now`, no drafts, of the section if any, newest first, at most 50. */
export function feedArticles(input: FeedInput): FeedArticle[] {
  return input.articles
    .filter(({ article }) => !article.draft && article.published.getTime() <= input.now.getTime())
    .filter(({ article }) => input.section === undefined || article.section.slug === input.section.slug)
    .sort((a, b) => byNewest(a.article, b.article))
    .slice(0, FEED_LIMIT);
}

/**
 * A feed of the latest articles with their full text, every URL absolute. Titles and
 * summaries are plain text here; `renderFeed` escapes them where a format reads HTML.
 * Headlines and names are isolated (`isolateBidi`): readers print them beside the feed's
 * name, a date or each other, which a right-to-left one, or a stray override, would reorder.
 */
export function buildFeed(input: FeedInput): Feed {
  const { site, section } = input;
  const items = feedArticles(input);
  const home = absoluteUrl(site.url, section === undefined ? '/' : sectionPath(section.slug));
  const newest = items.map(({ article }) => (article.updated ?? article.published).getTime());
  const feed = new Feed({
    id: home,
    link: home,
    title: section === undefined ? site.title : `${site.title}: ${section.name}`,
    description: section === undefined ? `${site.title}: ${site.tagline}.` : `The latest ${section.name} stories from ${site.title}.`,
    language: site.language,
    // The newest change, not the clock: an unchanged site gives an unchanged feed.
    updated: new Date(newest.length > 0 ? Math.max(...newest) : input.now.getTime()),
    image: absoluteUrl(site.url, PUBLISHER_LOGO.path),
    copyright: `© ${site.title}`,
    generator: false,
    author: { name: site.title, link: absoluteUrl(site.url, '/') },
    feedLinks: {
      rss: absoluteUrl(site.url, feedPath('rss', section?.slug)),
      atom: absoluteUrl(site.url, feedPath('atom', section?.slug)),
      json: absoluteUrl(site.url, feedPath('json', section?.slug)),
    },
  });
  for (const item of items) feed.addItem(feedItem(item, site, input.sharedWithSectionCard?.has(item.article.slug) === true ? 'section' : 'article'));
  return feed;
}

function feedItem({ article, html }: FeedArticle, site: SiteConfig, card: ShareCardKind): Item {
  const url = absoluteUrl(site.url, article.path);
  const content = feedContentHtml(html, url).trim();
  const credits = article.authors.length > 0 ? article.authors : article.source === undefined ? [] : [article.source];
  return {
    id: url,
    link: url,
    title: isolateBidi(article.title),
    date: article.updated ?? article.published,
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
