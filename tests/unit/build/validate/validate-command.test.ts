import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../../src/site.config.ts';
import { runScript, tempFolder } from '../../scripts/run-script.ts';
import { page } from './site.ts';

const origin = siteConfig.url;
const ROBOTS = `User-agent: *\nSitemap: ${origin}/sitemap.xml\n`;
const SITEMAP = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${origin}/</loc></url></urlset>\n`;
const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>News</title><link>${origin}/</link><description>News</description>
<atom:link href="${origin}/rss.xml" rel="self" type="application/rss+xml"/>
<item><title>Home</title><link>${origin}/</link><pubDate>Mon, 03 Jun 2024 08:15:00 GMT</pubDate></item>
</channel></rss>
`;

describe('npm run validate', { timeout: 90_000 }, () => {
  it('prints every problem as path:line: checker: message, then a summary per checker, and exits 1 on errors', () => {
    const dir = tempFolder({
      'index.html': page({ body: '<a href="/gone/">Gone</a>' }),
      'search/index.html': `${page()}<script type="module" src="/search.js"></script>\n`,
      'search.js': '',
      'robots.txt': ROBOTS,
      'sitemap.xml': SITEMAP,
      'rss.xml': RSS.replace('<title>Home</title>', '<title>Home\u0007</title>'),
    });
    const run = runScript('validate.ts', [dir]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      `${dir}/index.html:10: links: a href "/gone/": leads to no file of the built site`,
      `${dir}/rss.xml:4: feeds: not well-formed XML: character U+0007 is forbidden in XML 1.0: parsers refuse the whole file`,
      `${dir}/search/index.html:14: vnu: Stray start tag “script”.`,
      `${dir}/search/index.html:14: vnu: Cannot recover after last error. Any further errors will be ignored.`,
      `${dir}/search/index.html:14: head: content after </body></html>, which parsers move into the body with an error: "<script type=\\"module\\" src=\\"/search.js\\"></script>\\n"`,
      '',
    ]);
    expect(lines.slice(6).map((line) => line.replace(/ \(\d+\.\d s\)$/, ''))).toEqual([
      'vnu      2 files checked: 2 errors, 0 warnings',
      'feeds    1 file checked: 1 error, 0 warnings',
      'sitemaps 1 file checked: 0 errors, 0 warnings',
      'links    2 files checked: 1 error, 0 warnings',
      'head     2 files checked: 1 error, 0 warnings',
      '',
    ]);
  });

  it('exits 0 on a site with no errors, running only the checkers asked for', () => {
    const dir = tempFolder({ 'index.html': page(), 'robots.txt': ROBOTS, 'sitemap.xml': SITEMAP });
    const run = runScript('validate.ts', [dir, '--checker', 'links', '--checker', 'sitemaps']);
    expect(run.stdout.replace(/ \(\d+\.\d s\)/g, '')).toBe('\nsitemaps 1 file checked: 0 errors, 0 warnings\nlinks    1 file checked: 0 errors, 0 warnings\n');
    expect(run.status).toBe(0);
  });

  it.each([
    { name: 'a folder that does not exist', args: ['/nowhere/dist'], message: 'validate: /nowhere/dist: no such folder (build the site first: npm run build)' },
    { name: 'a checker that does not exist', args: ['--checker', 'spelling'], message: 'validate: no checker named spelling' },
    { name: 'two folders', args: ['a', 'b'], message: 'validate: one folder at most' },
  ])('refuses $name, with its usage', ({ args, message }) => {
    const run = runScript('validate.ts', args);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });
});
