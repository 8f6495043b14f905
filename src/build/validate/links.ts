import { parseHTML } from 'linkedom';
import { attributeLine, textLine } from './attribute-line.ts';
import type { CheckerReport, ValidationProblem } from './problem.ts';
import type { SiteFiles } from './site-files.ts';
import { srcsetUrls } from './srcset.ts';

/** One URL a page refers to, and what refers to it (`a href`, `link rel=canonical`, `meta og:image`). */
interface Reference {
  readonly what: string;
  readonly url: string;
}

// The attributes that hold a URL, by element: what a click, a browser or a crawler follows.
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  A: ['href'],
  AREA: ['href'],
  LINK: ['href'],
  IMG: ['src', 'srcset'],
  SOURCE: ['src', 'srcset'],
  SCRIPT: ['src'],
  IFRAME: ['src'],
  EMBED: ['src'],
  TRACK: ['src'],
  INPUT: ['src'],
  VIDEO: ['src', 'poster'],
  AUDIO: ['src'],
  OBJECT: ['data'],
  FORM: ['action'],
  BUTTON: ['formaction'],
};

// Open Graph and Twitter card properties whose content is a URL that crawlers fetch.
const URL_META = /^(og:url|og:image|og:image:url|og:image:secure_url|og:video|og:video:url|og:video:secure_url|og:audio|og:audio:url|twitter:image|twitter:image:src|twitter:player)$/;

/** A page's references and the ids its fragments can name, in one walk over its elements. */
function readPage(document: Document): { references: Reference[]; ids: Set<string> } {
  const references: Reference[] = [];
  const ids = new Set<string>();
  for (const element of document.querySelectorAll('*')) {
    const id = element.getAttribute('id');
    if (id !== null) ids.add(id);
    const tag = element.tagName;
    // Browsers still scroll to `<a name>`.
    if (tag === 'A' && element.hasAttribute('name')) ids.add(element.getAttribute('name') ?? '');
    if (tag === 'META') {
      const content = element.getAttribute('content');
      if (content === null) continue;
      const key = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
      if (URL_META.test(key)) references.push({ what: `meta ${key}`, url: content });
      if ((element.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') {
        const target = /^\s*\d+(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.+)\1\s*$/i.exec(content);
        if (target?.[2]) references.push({ what: 'meta http-equiv=refresh', url: target[2] });
      }
      continue;
    }
    for (const attribute of URL_ATTRIBUTES[tag] ?? []) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const name = tag.toLowerCase();
      if (attribute === 'srcset') {
        for (const url of srcsetUrls(value)) references.push({ what: `${name} srcset`, url });
      } else {
        const rel = tag === 'LINK' ? ` rel=${element.getAttribute('rel') ?? ''}` : '';
        references.push({ what: `${name}${rel} ${attribute}`, url: value });
      }
    }
  }
  return { references, ids };
}

/**
 * Checks every internal link, `src`, `srcset`, form action, head link (canonical, feeds,
 * icons) and Open Graph URL of every page, offline: each must lead to a built file and,
 * when it has a `#fragment` into a page, to an element with that id. Absolute URLs on the
 * site's origin count as internal (a canonical to a page that does not exist is an error);
 * other origins and schemes (`mailto:`) are not fetched.
 */
export function checkLinks(site: SiteFiles, pages: readonly string[] = site.pages): CheckerReport {
  const problems: ValidationProblem[] = [];
  const idsOfPage = new Map<string, Set<string>>();
  const fragmentsToCheck: Array<{ page: string; reference: Reference; target: string; fragment: string }> = [];
  const report = (page: string, reference: Reference, message: string) => {
    const html = site.read(page);
    const line = attributeLine(html, reference.url) ?? textLine(html, reference.url);
    problems.push({ file: page, line, checker: 'links', message: `${reference.what} "${reference.url}": ${message}`, severity: 'error' });
  };
  for (const page of pages) {
    const { references, ids } = readPage(parseHTML(site.read(page)).document);
    idsOfPage.set(page, ids);
    const pageUrl = site.urlOf(page);
    for (const reference of references) {
      let url: URL;
      try {
        url = new URL(reference.url, pageUrl);
      } catch {
        report(page, reference, 'is not a valid URL');
        continue;
      }
      const target = site.resolve(url);
      if (target === null) continue;
      if (target === undefined) {
        report(page, reference, 'leads to no file of the built site');
        continue;
      }
      let fragment: string;
      try {
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        report(page, reference, 'has a fragment that is not valid percent-encoding');
        continue;
      }
      // `#top` scrolls to the top of any page, as HTML defines.
      if (fragment !== '' && fragment.toLowerCase() !== 'top' && target.endsWith('.html')) fragmentsToCheck.push({ page, reference, target, fragment });
    }
  }
  for (const { page, reference, target, fragment } of fragmentsToCheck) {
    let ids = idsOfPage.get(target);
    if (!ids) {
      ids = readPage(parseHTML(site.read(target)).document).ids;
      idsOfPage.set(target, ids);
    }
    if (!ids.has(fragment)) report(page, reference, `no element with id "${fragment}" in ${target}`);
  }
  return { checker: 'links', checked: pages.length, problems };
}
