import { Feed, type Item } from 'feed';
import { escapeHtml } from '../escape-html.ts';
import type { FeedFormat } from './feed-paths.ts';

/**
 * A feed written in one format. Atom's titles and summaries are declared HTML, and RSS
 * readers read them as HTML too, so there they are escaped: a headline such as
 * `</script>` is shown, never run. RSS credits bylines as `dc:creator` (its own `author`
 * must be an email address); JSON Feed is upgraded to version 1.1 with every author.
 */
export function renderFeed(feed: Feed, format: FeedFormat): string {
  if (format === 'json') return jsonFeed11(feed);
  const out = new Feed(feed.options);
  for (const item of feed.items) out.addItem(format === 'rss' ? rssItem(item) : atomItem(item));
  return format === 'rss' ? out.rss2() : out.atom1();
}

function atomItem(item: Item): Item {
  return { ...item, title: escapeHtml(item.title), ...(item.description === undefined ? {} : { description: escapeHtml(item.description) }) };
}

function rssItem(item: Item): Item {
  // Without an id, the guid is the link, marked as a permalink.
  const { author, id: _id, ...rest } = atomItem(item);
  const names = (author ?? []).flatMap((a) => (a.name === undefined ? [] : [a.name]));
  return names.length === 0 ? rest : { ...rest, extensions: [...(rest.extensions ?? []), { name: 'dc:creator', objects: { _text: names.join(', ') } }] };
}

interface JsonFeedItem {
  [key: string]: unknown;
}

function jsonFeed11(feed: Feed): string {
  const { author, items, ...rest } = JSON.parse(feed.json1()) as { author?: unknown; items: JsonFeedItem[]; [key: string]: unknown };
  return JSON.stringify(
    {
      ...rest,
      version: 'https://jsonfeed.org/version/1.1',
      ...(feed.options.language === undefined ? {} : { language: feed.options.language }),
      ...(author === undefined ? {} : { authors: [author] }),
      items: items.map((item, i) => {
        const { author: _first, ...others } = item;
        const names = (feed.items[i]?.author ?? []).flatMap((a) => (a.name === undefined ? [] : [{ name: a.name }]));
        return { ...others, ...(names.length === 0 ? {} : { authors: names }) };
      }),
    },
    null,
    2,
  );
}
