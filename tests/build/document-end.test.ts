import { describe, expect, it } from 'vitest';
import { openSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';

const site = openSite(DEFAULT_DIST);
const pages = site.files().filter((f) => f.endsWith('.html'));

/**
 * What a page holds outside its `<html>` element: anything after `</html>` (a script Astro
 * placed outside the layout) or between `</body>` and `</html>`. Browsers move it into the
 * body, but the page is invalid HTML and the Content-Security-Policy sees it out of place.
 */
function outsideDocument(html: string): string {
  const end = html.lastIndexOf('</html>');
  if (end === -1) return '(no </html>)';
  const bodyEnd = html.lastIndexOf('</body>');
  const afterBody = bodyEnd === -1 ? '(no </body>)' : html.slice(bodyEnd + '</body>'.length, end);
  return `${afterBody}${html.slice(end + '</html>'.length)}`.trim();
}

describe('every built page ends with its document', () => {
  it('has pages to check, the search and Mastodon share pages among them', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'search/index.html', 'share/mastodon/index.html', '404.html']));
  });

  it('has nothing after </body> and </html>: every script is inside <head> or <body>', () => {
    const misplaced = pages.map((page) => [page, outsideDocument(site.read(page))] as const).filter(([, outside]) => outside !== '');
    expect(misplaced).toEqual([]);
  });

  it.each(['search/index.html', 'share/mastodon/index.html'])('%s loads its three scripts (its own, the theme button’s and the offline worker’s registration) from inside <body>', (page) => {
    const html = site.read(page);
    const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>'));
    const modules = (text: string): number => text.match(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/g)?.length ?? 0;
    expect(modules(body)).toBe(3);
    expect(modules(html)).toBe(3);
  });
});
