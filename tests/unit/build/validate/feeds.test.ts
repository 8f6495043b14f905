import { describe, expect, it } from 'vitest';
import { checkFeeds, findFeeds } from '../../../../src/build/validate/feeds.ts';
import { formatValidationProblem } from '../../../../src/build/validate/problem.ts';
import { ORIGIN, page, siteWith } from './site.ts';

const rss = (item: string, self = `${ORIGIN}/feeds/rss.xml`) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>News</title>
    <link>${ORIGIN}/</link>
    <description>The news</description>
    <atom:link href="${self}" rel="self" type="application/rss+xml"/>
    <item>
${item}
    </item>
  </channel>
</rss>
`;
const RSS_ITEM = `      <title>Dam holds</title>
      <link>${ORIGIN}/articles/one/</link>
      <guid isPermaLink="true">${ORIGIN}/articles/one/</guid>
      <pubDate>Mon, 03 Jun 2024 08:15:00 GMT</pubDate>
      <category>Floods</category>`;

const atom = (entry: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${ORIGIN}/</id>
  <title>News</title>
  <updated>2024-06-03T14:30:00.000Z</updated>
  <link rel="self" href="${ORIGIN}/feeds/atom.xml"/>
  <entry>
${entry}
  </entry>
</feed>
`;
const ATOM_ENTRY = `    <title type="html">Dam holds</title>
    <id>${ORIGIN}/articles/one/</id>
    <link href="${ORIGIN}/articles/one/"/>
    <updated>2024-06-03T14:30:00.000Z</updated>
    <category term="Floods" label="Floods"/>`;

const JSON_ITEM = { id: `${ORIGIN}/articles/one/`, url: `${ORIGIN}/articles/one/`, title: 'Dam holds', content_html: '<p>Text.</p>', date_published: '2024-06-03T08:15:00.000Z' };
const jsonFeed = (changes: Record<string, unknown> = {}, item: Record<string, unknown> = JSON_ITEM) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'News', feed_url: `${ORIGIN}/feeds/feed.json`, items: [item], ...changes }, null, 2);

const SITE = { 'index.html': page(), 'articles/one/index.html': page() };

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const report = await checkFeeds(siteWith({ ...SITE, ...files }));
  return report.problems.map((p) => formatValidationProblem(p));
}

describe('findFeeds', () => {
  it('finds RSS, Atom and JSON Feed by what the files hold wherever they are, or by a name that promises a feed', () => {
    const site = siteWith({
      ...SITE,
      'feeds/rss.xml': rss(RSS_ITEM),
      'a/b/atom.xml': atom(ATOM_ENTRY),
      'feed.json': jsonFeed(),
      'sitemap-0.xml': '<urlset/>',
      'pagefind/entry.json': '{"version":"1.0"}',
      'feeds/news/atom.xml': '<html/>',
      'feeds/news/feed.json': '{}',
    });
    expect(findFeeds(site)).toEqual([
      { path: 'a/b/atom.xml', kind: 'atom' },
      { path: 'feed.json', kind: 'json' },
      { path: 'feeds/news/atom.xml', kind: 'atom' },
      { path: 'feeds/news/feed.json', kind: 'json' },
      { path: 'feeds/rss.xml', kind: 'rss' },
    ]);
  });
});

describe('checkFeeds', () => {
  it('accepts feeds a reader’s app reads whole', async () => {
    expect(await problemsOf({ 'feeds/rss.xml': rss(RSS_ITEM), 'feeds/atom.xml': atom(ATOM_ENTRY), 'feeds/feed.json': jsonFeed() })).toEqual([]);
  });

  it.each([
    {
      name: 'a "<" in an Atom category attribute',
      file: 'feeds/atom.xml',
      text: atom(ATOM_ENTRY.replace('term="Floods" label="Floods"', 'term="Floods <2024>" label="Floods"')),
      expected: ["feeds/atom.xml:12: feeds: not well-formed XML: Unescaped '<' not allowed in attributes values"],
    },
    {
      name: 'a NUL character in an RSS title',
      file: 'feeds/rss.xml',
      text: rss(RSS_ITEM.replace('Dam holds', 'Dam\0holds')),
      expected: ['feeds/rss.xml:9: feeds: not well-formed XML: character U+0000 is forbidden in XML 1.0: parsers refuse the whole file'],
    },
    {
      name: 'a control character in an Atom title',
      file: 'feeds/atom.xml',
      text: atom(ATOM_ENTRY.replace('Dam holds', 'Dam\u001Bholds')),
      expected: ['feeds/atom.xml:8: feeds: not well-formed XML: character U+001B is forbidden in XML 1.0: parsers refuse the whole file'],
    },
    {
      name: 'an HTML entity XML does not know',
      file: 'feeds/rss.xml',
      text: rss(RSS_ITEM.replace('Dam holds', 'Dam&nbsp;holds')),
      expected: ["feeds/rss.xml:9: feeds: not well-formed XML: Entity 'nbsp' not defined"],
    },
    {
      name: 'an item link that is relative',
      file: 'feeds/rss.xml',
      text: rss(RSS_ITEM.replaceAll(`${ORIGIN}/articles/one/`, '/articles/one/')),
      expected: [
        'feeds/rss.xml:8: feeds: item 1 link "/articles/one/" is not an absolute URL',
        // feed-parser resolves it against the channel's link; feedsmith keeps it as written.
        `feeds/rss.xml:8: feeds: item 1: the parsers read different links: @rowanmanning/feed-parser "${ORIGIN}/articles/one/", feedsmith "/articles/one/"`,
      ],
    },
    {
      name: 'an item link to a page that was not built',
      file: 'feeds/atom.xml',
      text: atom(ATOM_ENTRY.replace(`<link href="${ORIGIN}/articles/one/"/>`, `<link href="${ORIGIN}/articles/two/"/>`)),
      expected: [`feeds/atom.xml:7: feeds: item 1 link "${ORIGIN}/articles/two/" leads to no page of the built site`],
    },
    {
      name: 'an item link on another site',
      file: 'feeds/rss.xml',
      text: rss(RSS_ITEM.replace(`<link>${ORIGIN}/articles/one/</link>`, '<link>https://elsewhere.example/one/</link>')),
      expected: [`feeds/rss.xml:8: feeds: item 1 link "https://elsewhere.example/one/" is not on the site's origin ${ORIGIN}`],
    },
    {
      name: 'an item with no date',
      file: 'feeds/rss.xml',
      text: rss(RSS_ITEM.replace(/\s*<pubDate>.*<\/pubDate>/, '')),
      expected: ['feeds/rss.xml:8: feeds: item 1 has no date a reader can read (@rowanmanning/feed-parser)', 'feeds/rss.xml:8: feeds: item 1 has no date a reader can read (feedsmith)'],
    },
    {
      name: 'an item with no title',
      file: 'feeds/rss.xml',
      text: rss(RSS_ITEM.replace('<title>Dam holds</title>', '')),
      expected: ['feeds/rss.xml:8: feeds: item 1 has no title (@rowanmanning/feed-parser)', 'feeds/rss.xml:8: feeds: item 1 has no title (feedsmith)'],
    },
    {
      name: 'an Atom entry without its updated date',
      file: 'feeds/atom.xml',
      text: atom(ATOM_ENTRY.replace(/\s*<updated>.*<\/updated>/, '')),
      expected: [
        'feeds/atom.xml:7: feeds: item 1 has no date a reader can read (@rowanmanning/feed-parser)',
        'feeds/atom.xml:7: feeds: item 1 has no date a reader can read (feedsmith)',
        'feeds/atom.xml:7: feeds: item 1 lacks the id or updated date Atom requires (feedsmith)',
      ],
    },
    {
      name: 'a feed with no self link',
      file: 'feeds/rss.xml',
      text: rss(RSS_ITEM).replace(/\s*<atom:link[^>]*>/, ''),
      expected: [
        'feeds/rss.xml: feeds: has no self link (@rowanmanning/feed-parser): readers cannot tell where to fetch it again',
        'feeds/rss.xml: feeds: has no self link (feedsmith): readers cannot tell where to fetch it again',
      ],
    },
    {
      name: 'a self link to another file',
      file: 'feeds/rss.xml',
      text: rss(RSS_ITEM, `${ORIGIN}/rss.xml`),
      expected: [`feeds/rss.xml: feeds: self link "${ORIGIN}/rss.xml" does not name this file`],
    },
    {
      name: 'a feed with no title',
      file: 'feeds/atom.xml',
      text: atom(ATOM_ENTRY).replace('<title>News</title>', ''),
      expected: ['feeds/atom.xml: feeds: has no title (@rowanmanning/feed-parser)', 'feeds/atom.xml: feeds: has no title (feedsmith)'],
    },
  ])('reports $name', async ({ file, text, expected }) => {
    expect(await problemsOf({ [file]: text })).toEqual(expected);
  });

  it.each([
    { name: 'no version', feed: jsonFeed({ version: undefined }), expected: ['feeds/feed.json: feeds: "version" undefined is not a JSON Feed version (https://jsonfeed.org/version/1.1)'] },
    { name: 'no title', feed: jsonFeed({ title: '' }), expected: ['feeds/feed.json: feeds: has no "title"'] },
    { name: 'no feed_url', feed: jsonFeed({ feed_url: undefined }), expected: ['feeds/feed.json: feeds: has no "feed_url": readers cannot tell where to fetch it again'] },
    { name: 'no items', feed: jsonFeed({ items: undefined }), expected: ['feeds/feed.json: feeds: has no "items" list'] },
    { name: 'an item without id', feed: jsonFeed({}, { ...JSON_ITEM, id: undefined }), expected: ['feeds/feed.json: feeds: item 1 has no "id" (a string, required)'] },
    {
      name: 'an item without content',
      feed: jsonFeed({}, { ...JSON_ITEM, content_html: undefined }),
      expected: ['feeds/feed.json:7: feeds: item 1 has neither "content_html" nor "content_text" (one is required)'],
    },
    {
      name: 'an item with a date in another format',
      feed: jsonFeed({}, { ...JSON_ITEM, date_published: 'Mon, 03 Jun 2024 08:15:00 GMT' }),
      expected: ['feeds/feed.json:7: feeds: item 1 "date_published" "Mon, 03 Jun 2024 08:15:00 GMT" is not an RFC 3339 date'],
    },
    {
      name: 'an item url to a page that was not built',
      feed: jsonFeed({}, { ...JSON_ITEM, url: `${ORIGIN}/articles/two/` }),
      expected: [`feeds/feed.json:7: feeds: item 1 "url" "${ORIGIN}/articles/two/" leads to no page of the built site`],
    },
    { name: 'text that is not JSON', feed: '{"version": "https://jsonfeed.org/version/1.1",', expected: [expect.stringMatching(/^feeds\/feed\.json: feeds: is not JSON: /)] },
  ])('reports a JSON Feed with $name', async ({ feed, expected }) => {
    expect(await problemsOf({ 'feeds/feed.json': feed })).toEqual(expected);
  });

  it('counts the feeds it checked', async () => {
    const report = await checkFeeds(siteWith({ ...SITE, 'feeds/rss.xml': rss(RSS_ITEM), 'feeds/atom.xml': atom(ATOM_ENTRY) }));
    expect(report.checked).toBe(2);
  });
});
