import { processGlobal } from '../lib/process-global.ts';
import type { SitemapFacts } from '../lib/sitemap/lastmod.ts';

// Handed from the pages' data (which has the published articles) to the sitemap
// integration at the end of the build, which would otherwise read every file again.
const recorded = processGlobal<SitemapFacts>('sitemap-facts');

/** Records what the sitemap needs to know of the published articles (data layer, once per build). */
export function recordSitemapFacts(facts: SitemapFacts): void {
  recorded.set(facts);
}

/** The facts recorded by this build, if any; taking them clears them for the next build. */
export function takeSitemapFacts(): SitemapFacts | undefined {
  const facts = recorded.get();
  recorded.set(undefined);
  return facts;
}
