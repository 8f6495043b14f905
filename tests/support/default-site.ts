import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../src/site.config.ts';
import { buildSite, PROJECT_ROOT } from './build-site.ts';

/**
 * Where the tests' build of the default site goes (outside dist/, which is the reader's);
 * DISPATCH_TEST_DEFAULT_DIST moves it, so two checkouts' test runs never share one.
 */
export const DEFAULT_DIST = process.env['DISPATCH_TEST_DEFAULT_DIST'] ?? join(PROJECT_ROOT, 'node_modules/.cache/dispatch-tests/dist');

let built = false;

/**
 * Builds the site from content/articles once per test run, for the build and browser
 * projects alike (both name this file as their global setup; the module is loaded once).
 */
export default function setup(): void {
  if (built) return;
  rmSync(DEFAULT_DIST, { recursive: true, force: true });
  // Parts of five articles: the search tests then search an index merged from three parts,
  // as a reader's browser does on any site over 2,000 articles.
  const site = buildSite(siteConfig.contentDir, { outDir: DEFAULT_DIST, env: { DISPATCH_SEARCH_SHARD_SIZE: '5' } });
  if (site.status !== 0) throw new Error(`the build of the default site failed:\n${site.output.slice(-4000)}`);
  built = true;
}
