import { describe, expect, it } from 'vitest';
import { cacheNames, isStaleCache, overflow, pageAssets, routeOf, SAVED_CACHE, scriptImports } from '../../../src/client/service-worker.ts';

const ORIGIN = 'https://news.test';
const request = (url: string, init: { method?: string; mode?: string; range?: boolean } = {}) => ({
  method: init.method ?? 'GET',
  mode: init.mode ?? 'no-cors',
  url,
  headers: new Headers(init.range ? { range: 'bytes=0-99' } : {}),
});

describe('the bounded caches', () => {
  it.each([
    ['under the limit: nothing goes', ['a', 'b'], 3, []],
    ['at the limit: nothing goes', ['a', 'b', 'c'], 3, []],
    ['over it: the oldest go first', ['a', 'b', 'c', 'd', 'e'], 3, ['a', 'b']],
    ['a limit of nothing empties it', ['a', 'b'], 0, ['a', 'b']],
  ])('%s', (_, keys, limit, expected) => {
    expect(overflow(keys, limit)).toEqual(expected);
  });

  it('keeps the last 100 pages read of 150', () => {
    const pages = Array.from({ length: 150 }, (_, i) => `/articles/story-${i}/`);
    const dropped = overflow(pages, 100);
    expect(dropped).toHaveLength(50);
    expect(pages.filter((page) => !dropped.includes(page))).toEqual(pages.slice(50));
  });
});

describe('the caches of a version', () => {
  const current = cacheNames('v2');

  it('names every cache by the version, and a new version names none the same', () => {
    const old = Object.values(cacheNames('v1'));
    for (const name of Object.values(current)) {
      expect(name).toContain('v2');
      expect(old).not.toContain(name);
    }
  });

  it.each([
    ["an older version's cache", cacheNames('v1').pages, true],
    ["an older version's shell", cacheNames('v1').shell, true],
    ['the current pages', current.pages, false],
    ['the saved articles, whatever the version', SAVED_CACHE, false],
    ["another app's cache on the origin", 'workbox-precache-v2', false],
  ])('deletes on activate: %s → %s', (_, name, stale) => {
    expect(isStaleCache(name, current)).toBe(stale);
  });
});

describe('how a request is answered', () => {
  it.each([
    ['a page', request(`${ORIGIN}/articles/a-story/`, { mode: 'navigate' }), 'page'],
    ['a page with a query', request(`${ORIGIN}/search/?q=dam`, { mode: 'navigate' }), 'page'],
    ['a hashed bundle', request(`${ORIGIN}/_astro/site.B1x2.css`), 'asset'],
    ['a search index part', request(`${ORIGIN}/pagefind/2024-abc/pagefind.js`), 'asset'],
    ['a picture', request(`${ORIGIN}/images/dam.jpg`), 'file'],
    ['the manifest', request(`${ORIGIN}/manifest.webmanifest`), 'file'],
    ['another origin', request('https://elsewhere.test/_astro/x.js'), 'none'],
    ['a form sent by POST', request(`${ORIGIN}/search/`, { method: 'POST', mode: 'navigate' }), 'none'],
    ['a range of a file', request(`${ORIGIN}/images/clip.mp4`, { range: true }), 'none'],
  ])('%s: %s', (_, req, route) => {
    expect(routeOf(req, ORIGIN)).toBe(route);
  });
});

describe('what the shell precaches', () => {
  it('reads the stylesheets and scripts a page loads, and no other link or script', () => {
    const html = [
      '<link rel="icon" href="/favicon.svg">',
      '<link rel="manifest" href="/manifest.webmanifest">',
      '<link rel="stylesheet" href="/_astro/site.B1x2.css">',
      '<script type="application/ld+json">{"a":1}</script>',
      '<script>document.documentElement.dataset.theme="dark"</script>',
      '<script type="module" src="/_astro/page.C3d4.js"></script>',
      '<script src="https://elsewhere.test/tracker.js"></script>',
    ].join('\n');
    expect(pageAssets(html, `${ORIGIN}/saved/`)).toEqual([`${ORIGIN}/_astro/site.B1x2.css`, `${ORIGIN}/_astro/page.C3d4.js`]);
  });

  it("follows a script's imports, relative or from the root, static or dynamic", () => {
    const js = 'import{a as b}from"./saved-articles.D5e6.js";import"./side.js";const p=import("/pagefind/x/pagefind.js");const s="from here";';
    expect(scriptImports(js, `${ORIGIN}/_astro/page.C3d4.js`)).toEqual([`${ORIGIN}/_astro/saved-articles.D5e6.js`, `${ORIGIN}/_astro/side.js`, `${ORIGIN}/pagefind/x/pagefind.js`]);
  });
});
