import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isAbsoluteHttpUrl } from './absolute-url.ts';
import { lineLocator, type CheckerReport, type ValidationProblem } from './problem.ts';
import type { SiteFiles } from './site-files.ts';
import { xmlRootName } from './xml-root.ts';
import { checkXmlWellFormed, runXmllint, type XmlFile } from './xml-well-formed.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
// The Sitemaps protocol's limits per file, and Google News's per news sitemap.
const MAX_URLS = 50_000;
const MAX_BYTES = 50 * 1024 * 1024;
const MAX_NEWS_URLS = 1_000;

const readSchema = (path: string) => readFileSync(path, 'utf8');
// sitemaps.org's sitemap.xsd as the `sitemap` package ships it; the index and Google News
// schemas are written here from their specs (no installed package ships them).
const SITEMAP_XSD = readSchema(join(dirname(createRequire(import.meta.url).resolve('sitemap/package.json')), 'schema/sitemap.xsd'));
const SITEINDEX_XSD = readSchema(join(import.meta.dirname, 'schemas/siteindex.xsd'));
const NEWS_XSD = readSchema(join(import.meta.dirname, 'schemas/sitemap-news.xsd'));
// One schema for every urlset: sitemap.xsd's strict wildcard then finds Google News's elements declared.
const URLSET_SCHEMA = {
  main: `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="${SITEMAP_NS}" schemaLocation="sitemap.xsd"/>
  <xsd:import namespace="${NEWS_NS}" schemaLocation="sitemap-news.xsd"/>
</xsd:schema>`,
  preload: [
    { fileName: 'sitemap.xsd', contents: SITEMAP_XSD },
    { fileName: 'sitemap-news.xsd', contents: NEWS_XSD },
  ],
};
const INDEX_SCHEMA = { main: SITEINDEX_XSD, preload: [] };

/** The text of an XML element's content, its entities decoded. */
function decodeXmlText(text: string): string {
  return text
    .trim()
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '');
}

/** The sitemaps of a built site: files named `sitemap*.xml` or `news-sitemap.xml`, and any XML whose root is a urlset or sitemap index. */
export function findSitemaps(site: SiteFiles): string[] {
  return site.paths.filter((path) => {
    if (!path.endsWith('.xml')) return false;
    if (/(^|\/)(sitemap[^/]*|news-sitemap)\.xml$/.test(path)) return true;
    const root = xmlRootName(site.read(path));
    return root === 'urlset' || root === 'sitemapindex';
  });
}

/**
 * Checks the sitemaps of a built site: well-formed, valid against the Sitemaps protocol's
 * schema (sitemap indexes against the index schema, Google News elements against the news
 * schema), every `<loc>` an absolute URL on the site's origin that leads to a built page (or,
 * in an index, to a sitemap), every URL of a news sitemap with its `<news:news>`, the
 * protocol's size limits; and robots.txt's `Sitemap:` lines naming sitemaps that exist.
 */
export async function checkSitemaps(site: SiteFiles, sitemaps: readonly string[] = findSitemaps(site)): Promise<CheckerReport> {
  const problems: ValidationProblem[] = [];
  const add = (file: string, message: string, line?: number, severity: 'error' | 'warning' = 'error') => problems.push({ file, line, checker: 'sitemaps', message, severity });
  const files: XmlFile[] = sitemaps.map((path) => ({ path, bytes: readFileSync(join(site.outDir, path)) }));
  const malformed = new Set<string>();
  for (const error of await checkXmlWellFormed(files)) {
    malformed.add(error.path);
    add(error.path, `not well-formed XML: ${error.message}`, error.line);
  }
  const sitemapSet = new Set(sitemaps);
  const indexes: XmlFile[] = [];
  const urlsets: XmlFile[] = [];
  const listedByIndex = new Set<string>();
  for (const file of files) {
    if (malformed.has(file.path)) continue;
    const text = site.read(file.path);
    const root = xmlRootName(text);
    if (root === 'sitemapindex') indexes.push(file);
    else if (root === 'urlset') urlsets.push(file);
    else {
      add(file.path, `its root element is <${root ?? '?'}>, not <urlset> or <sitemapindex>`);
      continue;
    }
    if (file.bytes.length > MAX_BYTES) add(file.path, `is ${file.bytes.length} bytes: the Sitemaps protocol allows 50 MB`);
    const locate = lineLocator(text);
    const locs = [...text.matchAll(/<loc>([\s\S]*?)<\/loc>/g)];
    if (locs.length > MAX_URLS) add(file.path, `lists ${locs.length} URLs: the Sitemaps protocol allows ${MAX_URLS}`);
    const seen = new Set<string>();
    for (const match of locs) {
      const loc = decodeXmlText(match[1] ?? '');
      const line = locate(match.index);
      if (seen.has(loc)) add(file.path, `<loc> "${loc}" is listed twice`, line, 'warning');
      seen.add(loc);
      if (!isAbsoluteHttpUrl(loc)) {
        add(file.path, `<loc> "${loc}" is not an absolute URL`, line);
        continue;
      }
      const target = site.resolve(new URL(loc));
      if (target === null) add(file.path, `<loc> "${loc}" is not on the site's origin ${site.origin}: crawlers ignore it`, line);
      else if (root === 'sitemapindex') {
        if (target === undefined || !sitemapSet.has(target)) add(file.path, `<loc> "${loc}" names no sitemap of the built site`, line);
        else listedByIndex.add(target);
      } else if (target === undefined || !target.endsWith('.html')) add(file.path, `<loc> "${loc}" leads to no page of the built site`, line);
    }
    if (root === 'urlset' && text.includes(NEWS_NS)) {
      const urls = [...text.matchAll(/<url>([\s\S]*?)<\/url>/g)];
      if (urls.length > MAX_NEWS_URLS) add(file.path, `lists ${urls.length} URLs: Google News reads at most ${MAX_NEWS_URLS} per news sitemap`);
      for (const url of urls) if (!/<\w+:news[\s>]/.test(url[1] ?? '')) add(file.path, '<url> without <news:news> in a news sitemap', locate(url.index));
    }
  }
  for (const [group, schema] of [
    [urlsets, URLSET_SCHEMA],
    [indexes, INDEX_SCHEMA],
  ] as const) {
    for (const error of await runXmllint(group, schema)) add(error.path, `not valid against the ${group === indexes ? 'sitemap index' : 'sitemap'} schema: ${error.message}`, error.line);
  }

  const namedByRobots = new Set<string>();
  if (!site.has('robots.txt')) add('robots.txt', 'there is no robots.txt to name the sitemaps', undefined, 'warning');
  else {
    const robots = site.read('robots.txt');
    robots.split(/\r?\n/).forEach((text, i) => {
      const value = /^\s*sitemap\s*:\s*(\S*)/i.exec(text)?.[1];
      if (value === undefined) return;
      if (!isAbsoluteHttpUrl(value)) {
        add('robots.txt', `Sitemap: "${value}" is not an absolute URL, which robots.txt requires`, i + 1);
        return;
      }
      const target = site.resolve(new URL(value));
      if (target === null) add('robots.txt', `Sitemap: "${value}" is not on the site's origin ${site.origin}`, i + 1, 'warning');
      else if (target === undefined) add('robots.txt', `Sitemap: "${value}" names a file the build did not write`, i + 1);
      else if (!sitemapSet.has(target)) add('robots.txt', `Sitemap: "${value}" names ${target}, which is not a sitemap`, i + 1);
      else namedByRobots.add(target);
    });
  }
  for (const path of sitemaps) {
    if (!namedByRobots.has(path) && !listedByIndex.has(path)) add(path, 'neither robots.txt nor a sitemap index names it: crawlers will not find it', undefined, 'warning');
  }
  return { checker: 'sitemaps', checked: sitemaps.length, problems };
}
