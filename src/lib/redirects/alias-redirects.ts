import type { Article } from '../article.ts';
import { articlePath } from '../urls.ts';

/** An old URL of an article and the live one it now answers at. */
export interface AliasRedirect {
  /** Site-relative path of the old URL, e.g. `/articles/old-slug/`. */
  readonly from: string;
  readonly to: string;
  readonly title: string;
}

/** The redirect page's route param (src/pages/articles/[...alias].astro): its old path inside `/articles/`, e.g. `old-slug`. */
export function aliasParam(redirect: Pick<AliasRedirect, 'from'>): string {
  return redirect.from.replace(/^\/articles\/|\/$/g, '');
}

/** Every alias of every article as a redirect, sorted by old path so the output is stable. */
export function aliasRedirects(articles: readonly Article[]): AliasRedirect[] {
  return articles
    .flatMap((article) => article.aliases.map((alias) => ({ from: articlePath(alias), to: article.path, title: article.title })))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The redirects as a `_redirects` file (Netlify, Cloudflare Pages): one permanent
 * redirect a line. Hosts that do not read it still have the HTML redirect pages.
 */
export function redirectsFile(redirects: readonly AliasRedirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');
}
