import { parseHTML } from 'linkedom';
import { isAbsoluteHttpUrl } from './absolute-url.ts';
import { attributeLine } from './attribute-line.ts';
import { checkJsonLd } from './json-ld.ts';
import { lineLocator, type CheckerReport, type ValidationProblem } from './problem.ts';
import type { SiteFiles } from './site-files.ts';

// Properties a page states once: a second one leaves crawlers to pick either.
const SINGLE_VALUED = ['description', 'og:url', 'og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt'];
// Properties whose URL crawlers fetch without a page to resolve it against: absolute only.
const ABSOLUTE = ['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image'];

/**
 * What follows the page's last `</body>`, comments and white space aside, when it is more than
 * `</body></html>`: parsers move it back into the body with an error (Nu: "Stray start tag").
 */
export function contentAfterBody(html: string): { readonly offset: number; readonly text: string } | undefined {
  const lower = html.toLowerCase();
  let end = lower.lastIndexOf('</body');
  if (end === -1) end = lower.lastIndexOf('</html');
  if (end === -1) return undefined;
  const tail = /^(?:\s+|<!--[\s\S]*?-->|<\/body\s*>|<\/html\s*>)*/i.exec(html.slice(end))?.[0] ?? '';
  const offset = end + tail.length;
  return offset < html.length ? { offset, text: html.slice(offset, offset + 60) } : undefined;
}

/** The part of a page its head checks read: the head alone unless JSON-LD sits in the body. */
function headSource(html: string): string {
  const end = html.search(/<\/head\s*>/i);
  return end === -1 || html.includes('application/ld+json', end) ? html : html.slice(0, end);
}

/** The head-metadata problems of one page (`file` names it in the problems). */
export function checkPageHead(file: string, html: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (message: string, line?: number, severity: 'error' | 'warning' = 'error') => problems.push({ file, line, checker: 'head', message, severity });
  const { document } = parseHTML(headSource(html)) as unknown as { document: Document };
  const metas = new Map<string, Element[]>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    for (const key of new Set([meta.getAttribute('property'), meta.getAttribute('name')])) {
      if (key !== null) metas.set(key, [...(metas.get(key) ?? []), meta]);
    }
  }
  const metaContents = (key: string): Element[] => metas.get(key) ?? [];

  const after = contentAfterBody(html);
  if (after) add(`content after </body></html>, which parsers move into the body with an error: ${JSON.stringify(after.text)}`, lineLocator(html)(after.offset));

  const canonicals = [...document.querySelectorAll('link[rel]')].filter((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  if (canonicals.length > 1)
    add(`${canonicals.length} canonical links: search engines ignore them all when a page names more than one`, attributeLine(html, canonicals[1]?.getAttribute('href') ?? ''));
  for (const canonical of canonicals) {
    const href = canonical.getAttribute('href') ?? '';
    if (!isAbsoluteHttpUrl(href)) add(`canonical "${href}" is not an absolute URL`, attributeLine(html, href));
  }

  for (const key of SINGLE_VALUED) {
    const found = metaContents(key);
    if (found.length > 1) add(`${found.length} <meta> "${key}": a page states it once`, attributeLine(html, key));
  }
  for (const key of ABSOLUTE) {
    for (const meta of metaContents(key)) {
      const content = meta.getAttribute('content') ?? '';
      if (!isAbsoluteHttpUrl(content)) add(`<meta> "${key}" "${content}" is not an absolute URL, which crawlers need`, attributeLine(html, content));
    }
  }

  // An image described for one kind of reader is described for all: X reads only
  // twitter:image:alt, Facebook and Mastodon og:image:alt.
  const ogAlt = metaContents('og:image:alt')[0]?.getAttribute('content') ?? undefined;
  const twitterAlt = metaContents('twitter:image:alt')[0]?.getAttribute('content') ?? undefined;
  const hasImage = metaContents('og:image').length > 0 || metaContents('twitter:image').length > 0;
  if (hasImage && ogAlt !== undefined && twitterAlt === undefined) add('has og:image:alt but no twitter:image:alt: X shows the image with no description', attributeLine(html, 'og:image:alt'));
  if (hasImage && twitterAlt !== undefined && ogAlt === undefined)
    add('has twitter:image:alt but no og:image:alt: Facebook and Mastodon show the image with no description', attributeLine(html, 'twitter:image:alt'));
  for (const [key, alt] of [
    ['og:image:alt', ogAlt],
    ['twitter:image:alt', twitterAlt],
  ] as const) {
    if (alt !== undefined && alt.trim() === '') add(`<meta> "${key}" is empty`, attributeLine(html, key));
  }
  if (ogAlt && twitterAlt && ogAlt !== twitterAlt) add('og:image:alt and twitter:image:alt describe the image differently', attributeLine(html, 'twitter:image:alt'), 'warning');

  const blocks = [...document.querySelectorAll('script')].filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json');
  const blockStarts = [...html.matchAll(/<script\b[^>]*application\/ld\+json/gi)].map((m) => m.index);
  const lineOf = blockStarts.length > 0 ? lineLocator(html) : () => 0;
  blocks.forEach((block, i) => {
    const start = blockStarts[i];
    for (const problem of checkJsonLd(block.textContent ?? '')) add(`JSON-LD block ${i + 1}: ${problem.message}`, start === undefined ? undefined : lineOf(start), problem.severity);
  });
  return problems;
}

/**
 * Checks the head of every page: at most one canonical, absolute canonical and Open Graph
 * URLs, single-valued properties stated once, an image's alt text given to Open Graph and X
 * alike, JSON-LD that parses and says what it is (authors with a url); and that nothing
 * follows `</body></html>`.
 */
export function checkHeadMetadata(site: SiteFiles, pages: readonly string[] = site.pages): CheckerReport {
  return { checker: 'head', checked: pages.length, problems: pages.flatMap((page) => checkPageHead(page, site.read(page))) };
}
