import { xmlText as escapeXml } from './xml-text.ts';

/** The most URLs one sitemap file lists; the protocol allows 50,000, and a margin keeps files under its 50 MB too. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

/** One page of the sitemap: its absolute URL and, for articles, when it last changed. */
export interface SitemapEntry {
  readonly url: string;
  readonly lastmod?: Date | undefined;
}

/** A file to write at the site's root. */
export interface SitemapFile {
  readonly name: string;
  readonly xml: string;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function latest(entries: readonly SitemapEntry[]): Date | undefined {
  let found: Date | undefined;
  for (const { lastmod } of entries) if (lastmod !== undefined && (found === undefined || lastmod > found)) found = lastmod;
  return found;
}

function urlElement({ url, lastmod }: SitemapEntry): string {
  return `<url><loc>${escapeXml(url)}</loc>${lastmod === undefined ? '' : `<lastmod>${lastmod.toISOString()}</lastmod>`}</url>`;
}

/**
 * The sitemap of every listed page: `sitemap-0.xml`, `sitemap-1.xml`… of at most `limit`
 * URLs each, in natural order ("/latest/2/" before "/latest/10/"), and `sitemap-index.xml`
 * naming them with the latest change each holds. `siteUrl` is the site's root URL.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], siteUrl: string, limit: number = SITEMAP_ENTRY_LIMIT): SitemapFile[] {
  // One collator for the whole sort: localeCompare with options builds one per comparison,
  // far slower over an archive's URLs (docs/decisions/0003-own-sitemap-and-content-security-policy.md).
  const collator = new Intl.Collator('en', { numeric: true });
  const unique = new Map<string, SitemapEntry>();
  for (const entry of entries) if (!unique.has(entry.url)) unique.set(entry.url, entry);
  const sorted = [...unique.values()].sort((a, b) => collator.compare(a.url, b.url));
  const files: SitemapFile[] = [];
  const index: string[] = [];
  for (let start = 0, i = 0; start < sorted.length; start += limit, i++) {
    const chunk = sorted.slice(start, start + limit);
    const name = `sitemap-${i}.xml`;
    files.push({ name, xml: `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}">${chunk.map(urlElement).join('')}</urlset>` });
    const changed = latest(chunk);
    index.push(`<sitemap><loc>${escapeXml(new URL(name, siteUrl).href)}</loc>${changed === undefined ? '' : `<lastmod>${changed.toISOString()}</lastmod>`}</sitemap>`);
  }
  files.push({ name: 'sitemap-index.xml', xml: `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">${index.join('')}</sitemapindex>` });
  return files;
}
