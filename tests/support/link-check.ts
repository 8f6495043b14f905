import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** A link in a built page that leads nowhere. */
export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

/**
 * Checks every internal link and `#fragment` of every page in a built site, offline:
 * each must name a file that exists and, when it has a fragment, an element with that id.
 */
export function checkLinks(outDir: string, pages: readonly string[]): BrokenLink[] {
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id') ?? ''));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const file = join(outDir, page);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, 'https://site.invalid');
    for (const element of document.querySelectorAll('a[href], link[href], img[src], script[src], source[src], form[action]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
      if (element.tagName === 'LINK' && /^(canonical|alternate)$/.test(element.getAttribute('rel') ?? '')) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      let target = join(outDir, decodeURIComponent(url.pathname));
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        broken.push({ page, href: raw, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push({ page, href: raw, reason: `no element with id "${fragment}"` });
    }
  }
  return broken;
}
