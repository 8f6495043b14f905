import { isAbsolute, resolve } from 'node:path';
import type { SiteConfig } from '../../lib/site-config.ts';

/** The folder articles are read from: the site's, or the one a test or benchmark names. */
export function articlesDir(site: SiteConfig, root: string): string {
  const configured = process.env.DISPATCH_CONTENT_DIR ?? site.contentDir;
  return isAbsolute(configured) ? configured : resolve(root, configured);
}
