import { existsSync } from 'node:fs';
import { checkFeeds } from './feeds.ts';
import { checkHeadMetadata } from './head-metadata.ts';
import { checkLinks } from './links.ts';
import { checkWithNuHtmlChecker } from './nu-html-checker.ts';
import type { CheckerName, CheckerReport } from './problem.ts';
import { readSiteFiles } from './site-files.ts';
import { checkSitemaps } from './sitemaps.ts';

/** Every checker of `npm run validate`, in the order it reports them. */
export const CHECKERS: readonly CheckerName[] = ['vnu', 'feeds', 'sitemaps', 'links', 'head'];

/** What to validate a built site with. */
export interface ValidateOptions {
  /** The site's public origin (`siteConfig.url`): absolute URLs on it are checked as the site's own. */
  readonly origin: string;
  /** The checkers to run; all by default. */
  readonly checkers?: readonly CheckerName[];
  /** Finds the `java` to run the Nu Html Checker with (`findJava` by default). */
  readonly java?: () => string | undefined;
}

/**
 * Runs the checkers over the site built into `outDir` and returns their reports, in
 * `CHECKERS` order. The Nu Html Checker runs in its own Java process meanwhile.
 */
export async function validateSite(outDir: string, options: ValidateOptions): Promise<CheckerReport[]> {
  if (!existsSync(outDir)) throw new Error(`${outDir}: no such folder (build the site first: npm run build)`);
  const chosen = new Set(options.checkers ?? CHECKERS);
  const site = readSiteFiles(outDir, options.origin);
  if (site.pages.length === 0) throw new Error(`${outDir}: no .html file to check (is it the built site?)`);
  const timed = async (check: () => CheckerReport | Promise<CheckerReport>): Promise<CheckerReport> => {
    const start = performance.now();
    const report = await check();
    return { ...report, elapsedMs: performance.now() - start };
  };
  const vnu = chosen.has('vnu') ? timed(() => checkWithNuHtmlChecker(outDir, { siteOrigin: site.origin, pages: site.pages.length, ...(options.java ? { java: options.java } : {}) })) : undefined;
  const reports = new Map<CheckerName, CheckerReport>();
  if (chosen.has('links')) reports.set('links', await timed(() => checkLinks(site)));
  if (chosen.has('head')) reports.set('head', await timed(() => checkHeadMetadata(site)));
  if (chosen.has('feeds')) reports.set('feeds', await timed(() => checkFeeds(site)));
  if (chosen.has('sitemaps')) reports.set('sitemaps', await timed(() => checkSitemaps(site)));
  if (vnu) reports.set('vnu', await vnu);
  return CHECKERS.flatMap((name) => reports.get(name) ?? []);
}
