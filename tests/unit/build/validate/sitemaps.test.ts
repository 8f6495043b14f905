import { describe, expect, it } from 'vitest';
import { formatValidationProblem } from '../../../../src/build/validate/problem.ts';
import { checkSitemaps, findSitemaps } from '../../../../src/build/validate/sitemaps.ts';
import { ORIGIN, page, siteWith } from './site.ts';

const SM = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';
const urlset = (urls: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SM}">\n${urls}</urlset>\n`;
const url = (path: string) => `  <url><loc>${ORIGIN}${path}</loc><lastmod>2024-06-03T14:30:00.000Z</lastmod></url>\n`;
const index = (sitemaps: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SM}">\n${sitemaps.map((s) => `  <sitemap><loc>${ORIGIN}/${s}</loc></sitemap>\n`).join('')}</sitemapindex>\n`;
const NEWS_URL = `  <url>
    <loc>${ORIGIN}/articles/one/</loc>
    <news:news>
      <news:publication>
        <news:name>News</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>2024-06-03T09:15:00+01:00</news:publication_date>
      <news:title>Dam holds</news:title>
    </news:news>
  </url>
`;
const news = (urls: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SM}" xmlns:news="${NEWS}">\n${urls}</urlset>\n`;
const ROBOTS = `User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap-index.xml\nSitemap: ${ORIGIN}/news-sitemap.xml\n`;

const GOOD = {
  'index.html': page(),
  'articles/one/index.html': page(),
  'robots.txt': ROBOTS,
  'sitemap-index.xml': index(['sitemap-0.xml']),
  'sitemap-0.xml': urlset(url('/') + url('/articles/one/')),
  'news-sitemap.xml': news(NEWS_URL),
};

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const report = await checkSitemaps(siteWith({ ...GOOD, ...files }));
  return report.problems.map((p) => formatValidationProblem(p));
}

describe('findSitemaps', () => {
  it('finds sitemaps by name and by their root element', () => {
    expect(findSitemaps(siteWith({ ...GOOD, 'maps/pages.xml': urlset(url('/')), 'feeds/rss.xml': '<rss/>' }))).toEqual(['maps/pages.xml', 'news-sitemap.xml', 'sitemap-0.xml', 'sitemap-index.xml']);
  });
});

describe('checkSitemaps', () => {
  it('accepts a sitemap index, its sitemap and a news sitemap, all named by robots.txt', async () => {
    const report = await checkSitemaps(siteWith(GOOD));
    expect(report.problems).toEqual([]);
    expect(report.checked).toBe(3);
  });

  it.each([
    {
      name: 'a <url> with no <loc>',
      files: { 'sitemap-0.xml': urlset(`${url('/')}  <url><lastmod>2024-06-03</lastmod></url>\n`) },
      expected: [`sitemap-0.xml:4: sitemaps: not valid against the sitemap schema: Element '{${SM}}lastmod': This element is not expected. Expected is ( {${SM}}loc ).`],
    },
    {
      name: 'a news sitemap with no <url>, which Google’s schema refuses',
      files: { 'news-sitemap.xml': news('') },
      expected: [`news-sitemap.xml:2: sitemaps: not valid against the sitemap schema: Element '{${SM}}urlset': Missing child element(s). Expected is one of ( ##other{${SM}}*, {${SM}}url ).`],
    },
    {
      name: 'a news entry with no title',
      files: { 'news-sitemap.xml': news(NEWS_URL.replace(/\s*<news:title>.*<\/news:title>/, '')) },
      expected: [`news-sitemap.xml:5: sitemaps: not valid against the sitemap schema: Element '{${NEWS}}news': Missing child element(s). Expected is ( {${NEWS}}title ).`],
    },
    {
      name: 'a news language Google does not take',
      files: { 'news-sitemap.xml': news(NEWS_URL.replace('>en<', '>en-GB<')) },
      expected: [
        `news-sitemap.xml:8: sitemaps: not valid against the sitemap schema: Element '{${NEWS}}language': [facet 'pattern'] The value 'en-GB' is not accepted by the pattern 'zh-cn|zh-tw|[a-z]{2,3}'.`,
      ],
    },
    {
      name: 'a news date that is not a W3C date',
      files: { 'news-sitemap.xml': news(NEWS_URL.replace('2024-06-03T09:15:00+01:00', '3 June 2024')) },
      expected: [
        expect.stringMatching(
          /^news-sitemap\.xml:10: sitemaps: not valid against the sitemap schema: Element '\{[^}]+\}publication_date': \[facet 'pattern'\] The value '3 June 2024' is not accepted/,
        ),
      ],
    },
    {
      name: 'a <url> of a news sitemap without <news:news>',
      files: { 'news-sitemap.xml': news(NEWS_URL + url('/')) },
      expected: ['news-sitemap.xml:14: sitemaps: <url> without <news:news> in a news sitemap'],
    },
    {
      name: 'an element of another namespace no schema declares',
      files: { 'sitemap-0.xml': urlset(url('/')).replace('</url>', '<x:extra xmlns:x="urn:x">1</x:extra></url>') },
      expected: [expect.stringMatching(/^sitemap-0\.xml:3: sitemaps: not valid against the sitemap schema: Element '\{urn:x\}extra': No matching global element declaration available/)],
    },
    {
      name: 'a <loc> that is relative',
      files: { 'sitemap-0.xml': urlset('  <url><loc>/articles/one/</loc></url>\n') },
      expected: ['sitemap-0.xml:3: sitemaps: <loc> "/articles/one/" is not an absolute URL'],
    },
    {
      name: 'a <loc> on another origin',
      files: { 'sitemap-0.xml': urlset('  <url><loc>https://elsewhere.example/</loc></url>\n') },
      expected: [`sitemap-0.xml:3: sitemaps: <loc> "https://elsewhere.example/" is not on the site's origin ${ORIGIN}: crawlers ignore it`],
    },
    {
      name: 'a <loc> to a page that was not built',
      files: { 'sitemap-0.xml': urlset(url('/articles/two/')) },
      expected: [`sitemap-0.xml:3: sitemaps: <loc> "${ORIGIN}/articles/two/" leads to no page of the built site`],
    },
    {
      name: 'a <loc> listed twice',
      files: { 'sitemap-0.xml': urlset(url('/') + url('/')) },
      expected: [`sitemap-0.xml:4: sitemaps: warning: <loc> "${ORIGIN}/" is listed twice`],
    },
    {
      name: 'an index naming a sitemap that was not built',
      files: { 'sitemap-index.xml': index(['sitemap-0.xml', 'sitemap-1.xml']) },
      expected: [`sitemap-index.xml:4: sitemaps: <loc> "${ORIGIN}/sitemap-1.xml" names no sitemap of the built site`],
    },
    {
      name: 'an index with a <sitemap> that has no <loc>',
      files: { 'sitemap-index.xml': index(['sitemap-0.xml']).replace('</sitemapindex>', '  <sitemap><lastmod>2024-06-03</lastmod></sitemap>\n</sitemapindex>') },
      expected: [`sitemap-index.xml:4: sitemaps: not valid against the sitemap index schema: Element '{${SM}}lastmod': This element is not expected. Expected is ( {${SM}}loc ).`],
    },
    {
      name: 'a sitemap that is not well-formed',
      files: { 'sitemap-0.xml': urlset(url('/')).replace('</urlset>', '') },
      expected: [expect.stringMatching(/^sitemap-0\.xml:5: sitemaps: not well-formed XML: Premature end of data/)],
    },
    {
      name: 'a robots.txt Sitemap: line naming a file that was not built',
      files: { 'robots.txt': `${ROBOTS}Sitemap: ${ORIGIN}/sitemap-2.xml\n` },
      expected: [`robots.txt:6: sitemaps: Sitemap: "${ORIGIN}/sitemap-2.xml" names a file the build did not write`],
    },
    {
      name: 'a relative robots.txt Sitemap: line, and the sitemap it leaves unnamed',
      files: { 'robots.txt': ROBOTS.replace(`${ORIGIN}/news-sitemap.xml`, '/news-sitemap.xml') },
      expected: [
        'news-sitemap.xml: sitemaps: warning: neither robots.txt nor a sitemap index names it: crawlers will not find it',
        'robots.txt:5: sitemaps: Sitemap: "/news-sitemap.xml" is not an absolute URL, which robots.txt requires',
      ],
    },
  ])('reports $name', async ({ files, expected }) => {
    expect((await problemsOf(files)).sort()).toEqual(expected);
  });
});
