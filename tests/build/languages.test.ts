import { describe, expect, it } from 'vitest';
import { openSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { parsePage, textOf } from '../support/html.ts';

type Json = Record<string, unknown>;

// Built once for the build and browser tests by tests/support/default-site.ts.
const site = openSite(DEFAULT_DIST);

function page(slug: string) {
  const doc = parsePage(site.read(`articles/${slug}/index.html`));
  const article = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Json).find((data) => 'datePublished' in data);
  const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')?.replace(/^https?:\/\/[^/]+/, '')]);
  const meta = (property: string) => [...doc.querySelectorAll(`meta[property="${property}"]`)].map((m) => m.getAttribute('content'));
  return { doc, article, alternates, meta };
}

describe('an article in another language', () => {
  it('marks the article with its language and direction, and the site’s own words with the site’s', () => {
    const { doc } = page('comet-holm-discovered-ar');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('article')?.getAttribute('lang')).toBe('ar');
    expect(doc.querySelector('.article-layout')?.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('.article-meta')?.getAttribute('lang')).toBe('en');
    // Left to right inside the mirrored page, so "By …" and "1 min read" keep their order.
    expect(doc.querySelector('.article-meta')?.getAttribute('dir')).toBe('ltr');
    expect(doc.querySelector('.share')?.closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('.article-body')?.closest('[lang]')?.getAttribute('lang')).toBe('ar');
  });

  it('dates it in its language, in the site’s time zone', () => {
    const time = page('comet-holm-discovered-ar').doc.querySelector('.article-dates time');
    expect(time?.getAttribute('lang')).toBe('ar');
    expect(time?.getAttribute('datetime')).toBe('2023-10-09T10:00:00+01:00');
    expect(textOf(time)).toContain('أكتوبر');
    expect(textOf(page('comet-holm-discovered-hi').doc.querySelector('.article-dates time'))).toContain('अक्टूबर');
  });

  it('leaves an article in the site’s language as it was: no lang or dir of its own', () => {
    const { doc } = page('kim-jong-un-in-russia');
    expect(doc.querySelector('article')?.hasAttribute('lang')).toBe(false);
    expect(doc.querySelector('.article-layout')?.hasAttribute('dir')).toBe(false);
    expect(doc.querySelector('.article-translations')).toBeNull();
  });

  it.each(['comet-holm-discovered', 'comet-holm-discovered-ar', 'comet-holm-discovered-hi'])('%s declares every version with hreflang, itself included, and x-default', (slug) => {
    expect(page(slug).alternates).toEqual([
      ['ar', '/articles/comet-holm-discovered-ar/'],
      ['en', '/articles/comet-holm-discovered/'],
      ['hi', '/articles/comet-holm-discovered-hi/'],
      ['x-default', '/articles/comet-holm-discovered/'],
    ]);
  });

  it('lists the other versions, each named and marked in its own language', () => {
    const links = [...page('comet-holm-discovered-ar').doc.querySelectorAll('.article-translations a')].map((a) => [
      textOf(a),
      a.getAttribute('hreflang'),
      a.getAttribute('lang'),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['English', 'en', 'en', '/articles/comet-holm-discovered/'],
      ['हिन्दी', 'hi', 'hi', '/articles/comet-holm-discovered-hi/'],
    ]);
  });

  it('tells unfurlers and search engines its language', () => {
    const { article, meta } = page('comet-holm-discovered-ar');
    expect(article?.['inLanguage']).toBe('ar');
    expect(meta('og:locale')).toEqual(['ar_EG']);
    expect(meta('og:locale:alternate')).toEqual(['en_GB', 'hi_IN']);
    expect(page('kim-jong-un-in-russia').meta('og:locale')).toEqual(['en_GB']);
  });
});
