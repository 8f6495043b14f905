import { describe, expect, it } from 'vitest';
import { headersFile } from '../../../src/lib/serving/headers-file.ts';
import { cacheControlOf, contentTypeOf, isHidden, servingRules } from '../../../src/lib/serving/serving-rules.ts';

const rules = servingRules({
  origin: 'https://news.example',
  contentSecurityPolicy: "default-src 'self'; script-src 'self'",
  redirects: [{ from: '/articles/old-slug/', to: '/articles/new-slug/', title: 'New' }],
});

describe('the serving rules', () => {
  it('send the page policy with frame-ancestors, and the security headers, on every response', () => {
    const headers = Object.fromEntries(rules.headers.map(({ name, value }) => [name, value]));
    expect(headers['Content-Security-Policy']).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
    expect(Object.keys(headers)).toEqual(expect.arrayContaining(['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy']));
  });

  it('redirect an alias with and without its trailing slash straight to the live page', () => {
    expect(rules.redirects).toEqual([
      { from: '/articles/old-slug/', to: '/articles/new-slug/', status: 301 },
      { from: '/articles/old-slug', to: '/articles/new-slug/', status: 301 },
    ]);
  });

  it.each([
    ['/_astro/page.Bx12a.css', 'public, max-age=31536000, immutable'],
    ['/pagefind/3f9c0a/fragment/en_1.pf_fragment', 'public, max-age=31536000, immutable'],
    ['/articles/new-slug/', 'public, max-age=0, must-revalidate'],
    ['/feeds/rss.xml', 'public, max-age=0, must-revalidate'],
    ['/articles/new-slug/share.png', 'public, max-age=0, must-revalidate'],
    // A page whose path merely contains the prefix is not hashed.
    ['/articles/_astro/', 'public, max-age=0, must-revalidate'],
  ])('cache %s as %s', (path, cacheControl) => {
    expect(cacheControlOf(rules, path)).toBe(cacheControl);
  });

  it.each([
    ['/feeds/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/feeds/world/atom.xml', 'application/atom+xml; charset=utf-8'],
    ['/feeds/world/feed.json', 'application/feed+json; charset=utf-8'],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/articles/x/', undefined],
    ['/_astro/app.js', undefined],
  ])('type %s as %s', (path, type) => {
    expect(contentTypeOf(rules, path)).toBe(type);
  });

  it.each([
    ['/_headers', true],
    ['/_redirects', true],
    ['/_deploy/nginx.conf', true],
    ['/_deploy/', true],
    ['/_headers/', false],
    ['/articles/_deploy/', false],
    ['/', false],
  ])('hide %s from readers: %s', (path, hidden) => {
    expect(isHidden(rules, path)).toBe(hidden);
  });

  it('survive JSON, for the server that reads them from the output folder', () => {
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
  });
});

describe('the _headers file', () => {
  const file = headersFile(rules);

  it('puts the security headers on every path, and Cache-Control only on prefixes (those hosts join repeated headers)', () => {
    const all = file.split('\n\n')[0] ?? '';
    expect(all.split('\n')[0]).toBe('/*');
    expect(all).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'none'\n");
    expect(all).toContain('  Strict-Transport-Security: max-age=31536000; includeSubDomains\n');
    expect(all).not.toContain('Cache-Control');
  });

  it('caches hashed bundles and search parts for a year', () => {
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(file).toContain('/pagefind/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });
});
