import { parseFeed as parseWithFeedParser } from '@rowanmanning/feed-parser';
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { isAbsoluteHttpUrl } from './absolute-url.ts';
import { lineLocator, type ValidationProblem } from './problem.ts';
import type { SiteFiles } from './site-files.ts';

/** An item as one parser read it. */
interface ReadItem {
  readonly title: string;
  readonly link: string | undefined;
  /** The date a feed reader shows, or `undefined` when the parser found none it could read. */
  readonly date: Date | undefined;
  readonly categories: readonly string[];
  /** Atom's required entry id and updated date (`true` for RSS, which has none). */
  readonly hasAtomRequirements: boolean;
}

/** A feed as one parser read it. */
interface ReadFeed {
  readonly parser: string;
  readonly title: string;
  readonly self: string | undefined;
  readonly items: readonly ReadItem[];
}

const readDate = (value: unknown): Date | undefined => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

function readWithFeedParser(text: string): ReadFeed {
  const feed = parseWithFeedParser(text);
  return {
    parser: '@rowanmanning/feed-parser',
    title: feed.title ?? '',
    self: feed.self ?? undefined,
    items: feed.items.map((item) => ({
      title: item.title ?? '',
      link: item.url ?? undefined,
      date: readDate(item.published ?? item.updated),
      categories: item.categories.map((c) => c.term),
      hasAtomRequirements: true,
    })),
  };
}

function readWithFeedsmith(text: string, kind: 'rss' | 'atom'): ReadFeed {
  if (kind === 'rss') {
    const feed = parseRssFeed(text);
    return {
      parser: 'feedsmith',
      title: feed.title ?? '',
      self: feed.atom?.links?.find((l) => l.rel === 'self')?.href,
      items: (feed.items ?? []).map((item) => ({
        title: item.title ?? '',
        link: item.link,
        date: readDate(item.pubDate),
        categories: (item.categories ?? []).map((c) => c.name ?? ''),
        hasAtomRequirements: true,
      })),
    };
  }
  const feed = parseAtomFeed(text);
  return {
    parser: 'feedsmith',
    title: feed.title?.value ?? '',
    self: feed.links?.find((l) => l.rel === 'self')?.href,
    items: (feed.entries ?? []).map((entry) => ({
      title: entry.title?.value ?? '',
      link: entry.links?.find((l) => l.rel === undefined || l.rel === 'alternate')?.href,
      date: readDate(entry.published ?? entry.updated),
      categories: (entry.categories ?? []).map((c) => c.term ?? ''),
      hasAtomRequirements: Boolean(entry.id) && readDate(entry.updated) !== undefined,
    })),
  };
}

/**
 * Checks an RSS or Atom feed of the built site (`path`, already found well-formed) with two
 * independent parsers, for what a reader's feed reader needs: a title and a self link that
 * names this file; every item with a title, an absolute link to a built page and a date; and
 * both parsers reading the same items, links and categories.
 */
export function checkXmlFeed(site: SiteFiles, path: string, text: string, kind: 'rss' | 'atom'): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (message: string, line?: number) => problems.push({ file: path, line, checker: 'feeds', message, severity: 'error' });
  const reads: ReadFeed[] = [];
  for (const [parser, read] of [
    ['@rowanmanning/feed-parser', () => readWithFeedParser(text)],
    ['feedsmith', () => readWithFeedsmith(text, kind)],
  ] as const) {
    try {
      reads.push(read());
    } catch (error) {
      add(`${parser} cannot read it as ${kind === 'rss' ? 'RSS' : 'Atom'}: ${(error as Error).message}`);
    }
  }
  const locate = lineLocator(text);
  const itemLines = [...text.matchAll(kind === 'rss' ? /<item(?=[\s>/])/g : /<entry(?=[\s>/])/g)].map((m) => locate(m.index));

  for (const feed of reads) {
    if (feed.title.trim() === '') add(`has no title (${feed.parser})`);
    if (feed.self === undefined) add(`has no self link (${feed.parser}): readers cannot tell where to fetch it again`);
  }
  const [first, second] = reads;
  const self = second?.self ?? first?.self;
  if (self !== undefined) {
    if (!isAbsoluteHttpUrl(self)) add(`self link "${self}" is not an absolute URL`);
    else if (site.resolve(new URL(self)) !== path) add(`self link "${self}" does not name this file`);
  }
  if (first && second && first.items.length !== second.items.length) {
    add(`the parsers read different numbers of items: ${first.parser} ${first.items.length}, ${second.parser} ${second.items.length}`);
  }
  const count = Math.max(first?.items.length ?? 0, second?.items.length ?? 0);
  for (let i = 0; i < count; i++) {
    const line = itemLines[i];
    const item = `item ${i + 1}`;
    const views = reads.map((feed) => ({ parser: feed.parser, item: feed.items[i] }));
    for (const { parser, item: read } of views) {
      if (!read) continue;
      if (read.title.trim() === '') add(`${item} has no title (${parser})`, line);
      if (read.date === undefined) add(`${item} has no date a reader can read (${parser})`, line);
      if (!read.hasAtomRequirements) add(`${item} lacks the id or updated date Atom requires (${parser})`, line);
    }
    // The link as written (feedsmith keeps it as is; feed-parser resolves relative links).
    const link = views[1]?.item?.link ?? views[0]?.item?.link;
    if (link === undefined || link.trim() === '') add(`${item} has no link`, line);
    else if (!isAbsoluteHttpUrl(link)) add(`${item} link "${link}" is not an absolute URL`, line);
    else {
      const target = site.resolve(new URL(link));
      if (target === null) add(`${item} link "${link}" is not on the site's origin ${site.origin}`, line);
      else if (target === undefined || !target.endsWith('.html')) add(`${item} link "${link}" leads to no page of the built site`, line);
    }
    const [a, b] = views;
    if (a?.item && b?.item) {
      if (a.item.link !== b.item.link) add(`${item}: the parsers read different links: ${a.parser} "${a.item.link}", ${b.parser} "${b.item.link}"`, line);
      if (a.item.categories.join('\n') !== b.item.categories.join('\n')) {
        add(`${item}: the parsers read different categories: ${a.parser} ${JSON.stringify(a.item.categories)}, ${b.parser} ${JSON.stringify(b.item.categories)}`, line);
      }
    }
  }
  return problems;
}
