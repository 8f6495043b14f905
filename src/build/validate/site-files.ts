import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files of a built site, listed once, and how a URL of the site maps onto them. */
export interface SiteFiles {
  readonly outDir: string;
  /** The site's origin (`https://dispatch.example`): absolute URLs on it are the site's own. */
  readonly origin: string;
  /** Every file, relative to `outDir` with `/` separators, sorted. */
  readonly paths: readonly string[];
  /** Every `.html` file, sorted. */
  readonly pages: readonly string[];
  has(path: string): boolean;
  read(path: string): string;
  /** The page's own URL: `articles/x/index.html` → `https://origin/articles/x/`. */
  urlOf(path: string): URL;
  /**
   * The built file a URL leads to, as a static host serves it (`/x/` → `x/index.html`), or
   * `undefined` when none does; `null` when the URL is not the site's (another origin or scheme).
   */
  resolve(url: URL): string | undefined | null;
}

/** Lists the site built into `outDir` (whose public origin is `origin`). */
export function readSiteFiles(outDir: string, origin: string): SiteFiles {
  const siteOrigin = new URL(origin).origin;
  const paths = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const known = new Set(paths);
  return {
    outDir,
    origin: siteOrigin,
    paths,
    pages: paths.filter((path) => path.endsWith('.html')),
    has: (path) => known.has(path),
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    urlOf: (path) => new URL(`/${path.replace(/(^|\/)index\.html$/, '$1')}`, siteOrigin),
    resolve(url) {
      if (url.origin !== siteOrigin) return null;
      let path: string;
      try {
        path = decodeURIComponent(url.pathname).slice(1);
      } catch {
        return undefined;
      }
      if (path === '' || path.endsWith('/')) return known.has(`${path}index.html`) ? `${path}index.html` : undefined;
      if (known.has(path)) return path;
      // A folder named without its slash: static hosts redirect it to the slash form.
      return known.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
    },
  };
}
