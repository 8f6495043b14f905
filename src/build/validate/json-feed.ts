import { parseJsonFeed } from 'feedsmith';
import { isAbsoluteHttpUrl } from './absolute-url.ts';
import { lineLocator, type ValidationProblem } from './problem.ts';
import type { SiteFiles } from './site-files.ts';

const VERSIONS = new Set(['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1']);
// RFC 3339, which JSON Feed's dates are in.
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks a JSON Feed of the built site against its spec's required fields (version, title,
 * items each with an id and content) and what a reader needs (a self `feed_url` naming this
 * file; every item with a title, an absolute `url` to a built page and a date), then reads
 * it with feedsmith as a second parser, which must see as many items.
 */
export function checkJsonFeed(site: SiteFiles, path: string, text: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (message: string, line?: number) => problems.push({ file: path, line, checker: 'feeds', message, severity: 'error' });
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch (error) {
    return [{ file: path, checker: 'feeds', message: `is not JSON: ${(error as Error).message}`, severity: 'error' }];
  }
  if (!isObject(feed)) return [{ file: path, checker: 'feeds', message: 'is not a JSON object', severity: 'error' }];
  if (typeof feed['version'] !== 'string' || !VERSIONS.has(feed['version'])) add(`"version" ${JSON.stringify(feed['version'])} is not a JSON Feed version (https://jsonfeed.org/version/1.1)`);
  if (!nonEmptyString(feed['title'])) add('has no "title"');
  const self = feed['feed_url'];
  if (!nonEmptyString(self)) add('has no "feed_url": readers cannot tell where to fetch it again');
  else if (!isAbsoluteHttpUrl(self)) add(`"feed_url" "${self}" is not an absolute URL`);
  else if (site.resolve(new URL(self)) !== path) add(`"feed_url" "${self}" does not name this file`);
  const items = feed['items'];
  if (!Array.isArray(items)) {
    add('has no "items" list');
    return problems;
  }
  const locate = lineLocator(text);
  // Items' lines: where each item's id is written (JSON keeps no positions).
  const lineOfItem = (value: unknown) => {
    if (typeof value !== 'string') return undefined;
    const at = text.indexOf(`"id": ${JSON.stringify(value)}`);
    const compact = at === -1 ? text.indexOf(`"id":${JSON.stringify(value)}`) : at;
    return compact === -1 ? undefined : locate(compact);
  };
  items.forEach((entry: unknown, i) => {
    const item = `item ${i + 1}`;
    if (!isObject(entry)) {
      add(`${item} is not an object`);
      return;
    }
    const line = lineOfItem(entry['id']);
    if (!nonEmptyString(entry['id'])) add(`${item} has no "id" (a string, required)`, line);
    if (!nonEmptyString(entry['title'])) add(`${item} has no "title"`, line);
    if (!nonEmptyString(entry['content_html']) && !nonEmptyString(entry['content_text'])) add(`${item} has neither "content_html" nor "content_text" (one is required)`, line);
    const date = entry['date_published'];
    if (!nonEmptyString(date)) add(`${item} has no "date_published"`, line);
    else if (!RFC_3339.test(date) || Number.isNaN(Date.parse(date))) add(`${item} "date_published" "${date}" is not an RFC 3339 date`, line);
    const url = entry['url'];
    if (!nonEmptyString(url)) add(`${item} has no "url"`, line);
    else if (!isAbsoluteHttpUrl(url)) add(`${item} "url" "${url}" is not an absolute URL`, line);
    else {
      const target = site.resolve(new URL(url));
      if (target === null) add(`${item} "url" "${url}" is not on the site's origin ${site.origin}`, line);
      else if (target === undefined || !target.endsWith('.html')) add(`${item} "url" "${url}" leads to no page of the built site`, line);
    }
  });
  try {
    const read = parseJsonFeed(feed);
    const count = read.items?.length ?? 0;
    if (count !== items.length) add(`the parsers read different numbers of items: JSON.parse ${items.length}, feedsmith ${count}`);
  } catch (error) {
    add(`feedsmith cannot read it as a JSON Feed: ${(error as Error).message}`);
  }
  return problems;
}
