import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { siteConfig } from '../../src/site.config.ts';

/** Where the browser tests' build of the default site goes (outside dist/, which is the reader's). */
export const E2E_DIST = join(PROJECT_ROOT, 'node_modules/.cache/dispatch-e2e/dist');

/** Builds the site from content/articles once for every browser test. */
export default function setup(): void {
  rmSync(E2E_DIST, { recursive: true, force: true });
  const site = buildSite(siteConfig.contentDir, { outDir: E2E_DIST });
  if (site.status !== 0) throw new Error(`the e2e build failed:\n${site.output.slice(-4000)}`);
}
