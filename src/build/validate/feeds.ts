import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkJsonFeed } from './json-feed.ts';
import type { CheckerReport, ValidationProblem } from './problem.ts';
import type { SiteFiles } from './site-files.ts';
import { checkXmlFeed } from './xml-feed.ts';
import { xmlRootName } from './xml-root.ts';
import { checkXmlWellFormed } from './xml-well-formed.ts';

/** A feed the site writes, and its format. */
export interface FoundFeed {
  readonly path: string;
  readonly kind: 'rss' | 'atom' | 'json';
}

// Names that promise a feed: such a file is checked even when what it holds is not one.
const FEED_NAME = /(^|\/)[^/]*(rss|atom|feed)[^/]*\.(xml|json)$/;

/** Every feed of the built site, told by what the file holds or by a name that promises one: RSS, Atom and JSON Feed. */
export function findFeeds(site: SiteFiles): FoundFeed[] {
  const feeds: FoundFeed[] = [];
  for (const path of site.paths) {
    const named = FEED_NAME.test(path);
    if (path.endsWith('.xml')) {
      const root = xmlRootName(site.read(path));
      if (root === 'rss') feeds.push({ path, kind: 'rss' });
      else if (root === 'feed') feeds.push({ path, kind: 'atom' });
      else if (named && root !== 'urlset' && root !== 'sitemapindex') feeds.push({ path, kind: path.includes('atom') ? 'atom' : 'rss' });
    } else if (path.endsWith('.json')) {
      // JSON Feed names its version in its first lines; other JSON (the search index) is passed over unread.
      if (named || /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(site.read(path).slice(0, 512))) feeds.push({ path, kind: 'json' });
    }
  }
  return feeds;
}

/**
 * Checks every feed of the built site: RSS and Atom well-formed to libxml2 (strict XML 1.0)
 * and read by two independent parsers, JSON Feed against its spec; see `checkXmlFeed` and
 * `checkJsonFeed` for what each must hold.
 */
export async function checkFeeds(site: SiteFiles, feeds: readonly FoundFeed[] = findFeeds(site)): Promise<CheckerReport> {
  const problems: ValidationProblem[] = [];
  const xmlFeeds = feeds.filter((feed) => feed.kind !== 'json');
  for (const error of await checkXmlWellFormed(xmlFeeds.map((feed) => ({ path: feed.path, bytes: readFileSync(join(site.outDir, feed.path)) })))) {
    problems.push({ file: error.path, line: error.line, checker: 'feeds', message: `not well-formed XML: ${error.message}`, severity: 'error' });
  }
  for (const feed of feeds) {
    const text = site.read(feed.path);
    if (feed.kind === 'json') problems.push(...checkJsonFeed(site, feed.path, text));
    // A lenient parser still reads a broken feed: what it reads is checked too, as a reader's app would show it.
    else problems.push(...checkXmlFeed(site, feed.path, text, feed.kind));
  }
  if (feeds.length === 0) problems.push({ file: '.', checker: 'feeds', message: 'the site has no feed (RSS, Atom or JSON Feed)', severity: 'warning' });
  return { checker: 'feeds', checked: feeds.length, problems };
}
