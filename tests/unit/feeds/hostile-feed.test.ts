import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildFeed, type FeedArticle } from '../../../src/lib/feeds/build-feed.ts';
import { renderFeed } from '../../../src/lib/feeds/render-feed.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';
import { xmlProblems } from '../../support/xml-lint.ts';

const RLO = '\u202E';
const PDF = '\u202C';
const FSI = '\u2068';
const PDI = '\u2069';
const now = new Date('2024-05-20T12:00:00Z');

// What an article could carry past the door (or be built with directly): characters XML
// forbids, markup characters in tags and names, a right-to-left override left open, and a
// body that says `]]>` twice, once in an attribute.
const TAGS = ['a<b', 'Q&A', 'AT&amp;T', '"quoted" \'single\'', 'x]]>y', 'C++', `bell\u0007tag`, `lone\uD800half`];
const hostile: FeedArticle = {
  article: {
    ...makeArticle('hostile', '2024-05-19T09:00:00Z'),
    title: `${RLO}Minister resigns\u0000 <b>&amp;</b> ]]> now`,
    summary: `Summary\u0008 with \uFFFE a <tag> & ]]> end`,
    tags: TAGS,
    authors: [`Mara <Quell> & \u0001Co`, 'نادية'],
  },
  html: '<p title="a ]]> b">One ]]> two ]]> three\u0000 four\uFDD0.</p><p>&lt;not a tag&gt; &amp; more</p>',
};
const plain: FeedArticle = { article: makeArticle('plain', '2024-05-18T09:00:00Z', ['tags: [Ostrel]']), html: '<p>Plain.</p>' };
const feed = buildFeed({ site: testSite, now, articles: [hostile, plain] });
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

type Fields = Record<string, unknown>;
// The parser returns `any`: the first RSS item or Atom entry, as fields the tests below check one by one.
const firstEntry = (out: string): Fields => {
  const parsed = xml.parse(out) as { rss?: { channel: { item: Fields[] } }; feed?: { entry: Fields[] } };
  return parsed.rss?.channel.item[0] ?? parsed.feed?.entry[0] ?? {};
};

const TITLE = `${FSI}${RLO}Minister resigns <b>&amp;</b> ]]> now${PDF}${PDI}`;
const TERMS = ['News', 'a<b', 'Q&A', 'AT&amp;T', '"quoted" \'single\'', 'x]]>y', 'C++', 'belltag', 'lonehalf'];
const BODY = '<p title="a ]]&gt; b">One ]]&gt; two ]]&gt; three four.</p><p>&lt;not a tag&gt; &amp; more</p>';

describe.each(['rss', 'atom'] as const)('a %s feed of hostile articles', (format) => {
  const out = renderFeed(feed, format);

  it('is well-formed XML without a character XML forbids', async () => {
    expect(await xmlProblems(out)).toEqual([]);
  });

  it('keeps every tag as written, markup characters and all, less the forbidden characters', () => {
    const entry = firstEntry(out);
    const terms = format === 'rss' ? entry['category'] : (entry['category'] as Fields[]).map((c) => c['@term']);
    expect(terms).toEqual(TERMS);
    if (format === 'atom') expect((entry['category'] as Fields[]).map((c) => c['@label'])).toEqual(TERMS);
  });

  it('keeps the headline and summary as escaped HTML, isolated and closed, and the whole body', () => {
    const entry = firstEntry(out);
    const text = (value: unknown): string => (typeof value === 'string' ? value : ((value as Record<string, string>)['#text'] ?? ''));
    const unescape = (html: string) =>
      html
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    expect(unescape(text(entry.title))).toBe(TITLE);
    expect(unescape(text(format === 'rss' ? entry.description : entry.summary))).toBe('Summary with  a <tag> & ]]> end');
    expect(text(format === 'rss' ? entry['content:encoded'] : entry.content)).toBe(BODY);
  });

  it('credits the names, escaped and isolated', () => {
    const entry = firstEntry(out);
    if (format === 'rss') expect(entry['dc:creator']).toBe(`Mara <Quell> & Co, ${FSI}نادية${PDI}`);
    else expect((entry['author'] as Fields[]).map((a) => a['name'])).toEqual(['Mara <Quell> & Co', `${FSI}نادية${PDI}`]);
  });
});

describe('a JSON feed of hostile articles', () => {
  const out = renderFeed(feed, 'json');

  it('holds no character XML forbids, raw or escaped', () => {
    const item = (JSON.parse(out) as { items: Fields[] }).items[0];
    expect(JSON.stringify(item)).not.toMatch(/\\u000[0-8]|\\ud800/i);
    expect(item?.['title']).toBe(TITLE);
    expect(item?.['tags']).toEqual(TERMS);
    expect(item?.['authors']).toEqual([{ name: 'Mara <Quell> & Co' }, { name: `${FSI}نادية${PDI}` }]);
    expect(item?.['content_html']).toBe('<p title="a ]]> b">One ]]> two ]]> three four.</p><p>&lt;not a tag&gt; &amp; more</p>');
  });
});
