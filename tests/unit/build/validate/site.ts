import { readSiteFiles, type SiteFiles } from '../../../../src/build/validate/site-files.ts';
import { folderWith } from '../../../support/temp-tree.ts';

/** The origin the small test sites are published at. */
export const ORIGIN = 'https://news.example';

/** A small valid page: `head` goes in its head, `body` in its body. */
export function page(options: { title?: string; head?: string; body?: string } = {}): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${options.title ?? 'A page'}</title>
${options.head ?? ''}
</head>
<body>
<main id="main">
${options.body ?? '<p>Text.</p>'}
</main>
</body>
</html>
`;
}

/** A built site in a temporary folder holding `files` (path → text), published at ORIGIN. */
export function siteWith(files: Record<string, string>): SiteFiles {
  return readSiteFiles(folderWith(files), ORIGIN);
}
