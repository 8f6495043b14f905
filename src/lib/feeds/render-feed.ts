import { Feed, type Author, type Category, type Extension, type FeedOptions, type Item } from 'feed';
import { escapeHtml } from '../escape-html.ts';
import { stripForbiddenCharacters } from '../text/xml-characters.ts';
import type { FeedFormat } from './feed-paths.ts';

// The feed package escapes only `&` (and `"`) in attributes, so a `<` in a tag would end
// up raw in Atom's `category term` and make the whole feed unreadable; in text it turns a
// literal `&amp;` back into `&`. So every plain-text value goes to it with these stand-ins
// for the five characters XML escapes (noncharacters: no text can hold them, they are
// stripped from every value first), and the written XML gets the entities in their place.
const STAND_INS: Readonly<Record<string, string>> = { '&': '\uFDD0', '<': '\uFDD1', '>': '\uFDD2', '"': '\uFDD3', "'": '\uFDD4' };
const ENTITIES: Readonly<Record<string, string>> = { '\uFDD0': '&amp;', '\uFDD1': '&lt;', '\uFDD2': '&gt;', '\uFDD3': '&quot;', '\uFDD4': '&apos;' };

/**
 * A feed written in one format. Atom's titles and summaries are declared HTML, and RSS
 * readers read them as HTML too, so there they are escaped: a headline such as
 * `</script>` is shown, never run. RSS credits bylines as `dc:creator` (its own `author`
 * must be an email address); JSON Feed is upgraded to version 1.1 with every author.
 * Whatever the feed holds, the output is well-formed: characters XML forbids are dropped,
 * text and attributes fully escaped, and HTML kept whole inside its CDATA sections.
 */
export function renderFeed(feed: Feed, format: FeedFormat): string {
  if (format === 'json') return jsonFeed11(feed);
  const out = new Feed(xmlOptions(feed.options));
  for (const item of feed.items) out.addItem(format === 'rss' ? rssItem(item) : atomItem(item));
  const written = (format === 'rss' ? out.rss2() : out.atom1()).replace(/[\uFDD0-\uFDD4]/g, (c) => ENTITIES[c] ?? '');
  // Values were cleaned as they went in; this catches what the package adds of its own.
  return stripForbiddenCharacters(written);
}

/** Plain text for the feed package to write as XML text or an attribute value (see STAND_INS). */
function xmlText(text: string): string {
  return stripForbiddenCharacters(text).replace(/[&<>"']/g, (c) => STAND_INS[c] ?? '');
}

/** `fields` of `value` as `xmlText`, those it has. */
function withXmlText<T extends object>(value: T, fields: readonly (keyof T)[]): T {
  const out = { ...value };
  for (const field of fields) {
    const text = value[field];
    if (typeof text === 'string') out[field] = xmlText(text) as T[keyof T];
  }
  return out;
}

/**
 * HTML for a CDATA section. The feed package ends the section early at the second `]]>`
 * it holds; written `]]&gt;`, which HTML reads as the same text (a sanitised body has no
 * comments or scripts, where it would differ), it cannot end it at all.
 */
function cdataHtml(html: string): string {
  return stripForbiddenCharacters(html).replaceAll(']]>', ']]&gt;');
}

/** Plain text as escaped HTML, for the fields Atom declares HTML and RSS readers read as HTML. */
function htmlOfText(text: string): string {
  return cdataHtml(escapeHtml(stripForbiddenCharacters(text)));
}

function xmlOptions(options: FeedOptions): FeedOptions {
  const out = withXmlText(options, ['title', 'description', 'copyright']);
  return options.author === undefined ? out : { ...out, author: xmlAuthor(options.author) };
}

function xmlAuthor(author: Author): Author {
  return withXmlText(author, ['name']);
}

function xmlCategory(category: Category): Category {
  return withXmlText(category, ['name', 'term']);
}

function xmlItem(item: Item): Item {
  return {
    ...item,
    title: htmlOfText(item.title),
    ...(item.description === undefined ? {} : { description: htmlOfText(item.description) }),
    ...(item.content === undefined ? {} : { content: cdataHtml(item.content) }),
    ...(item.author === undefined ? {} : { author: item.author.map(xmlAuthor) }),
    ...(item.category === undefined ? {} : { category: item.category.map(xmlCategory) }),
  };
}

function atomItem(item: Item): Item {
  return xmlItem(item);
}

function rssItem(item: Item): Item {
  // Without an id, the guid is the link, marked as a permalink.
  const { author, id: _id, ...rest } = xmlItem(item);
  const names = (author ?? []).flatMap((a) => (a.name === undefined ? [] : [a.name]));
  const creator: Extension = { name: 'dc:creator', objects: { _text: names.join(', ') } };
  return names.length === 0 ? rest : { ...rest, extensions: [...(rest.extensions ?? []), creator] };
}

interface JsonFeedItem {
  [key: string]: unknown;
}

// JSON escapes what it must, but a character XML forbids is no better in a JSON Feed: its
// HTML goes into the reader's page, and lone surrogates are not text at all.
function jsonText(value: unknown): unknown {
  return typeof value === 'string' ? stripForbiddenCharacters(value) : value;
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
    (_key, value: unknown) => jsonText(value),
    2,
  );
}
