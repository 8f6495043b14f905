import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { ServingRules } from '../../src/lib/serving/serving-rules.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { parsePage } from './html.ts';
import type { RunningServer } from './server-process.ts';

/** One answer read byte for byte (no decompression, no redirect followed). */
async function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ readonly status: number; readonly headers: Record<string, string | string[] | undefined>; readonly body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The directives of a Content-Security-Policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  );
}

/**
 * What any server of the site must do, checked with plain HTTP over the valid fixture site
 * (it has an alias) built once and served by `start`: the headers on every answer, the
 * redirects, the 404 page, media types, caching, compression and the Mozilla Observatory's
 * header rules. `brotli`: whether the server sends the build's `.br` files (nginx needs a module
 * Debian ships apart; it then sends gzip to a reader who accepts both).
 */
export function describeServedSite(server: string, start: (root: string) => Promise<RunningServer>, options: { readonly brotli: boolean }): void {
  describe(`the site served by ${server} with the config the build wrote`, () => {
    let site: BuiltSite;
    let running: RunningServer | undefined;
    let rules: ServingRules;
    const get = (path: string, init: RequestInit = {}): Promise<Response> => {
      if (!running) throw new Error('the server starts in beforeAll');
      return fetch(`${running.origin}${path}`, { redirect: 'manual', ...init });
    };
    const alias = () => {
      const first = rules.redirects.find(({ from }) => from.endsWith('/'));
      if (!first) throw new Error('the fixture site has an alias');
      return first;
    };
    const fileIn = (folder: string): string => {
      const found = readdirSync(join(site.outDir, folder), { recursive: true, withFileTypes: true }).find((entry) => entry.isFile() && !/\.(gz|br)$/.test(entry.name));
      if (!found) throw new Error(`no file in ${folder}`);
      return `/${join(found.parentPath, found.name).slice(site.outDir.length + 1)}`;
    };

    beforeAll(async () => {
      site = buildSite('tests/fixtures/valid-site/articles');
      if (site.status !== 0) throw new Error(`the fixture site did not build:\n${site.output.slice(-4000)}`);
      rules = JSON.parse(site.read('_deploy/serving-rules.json')) as ServingRules;
      running = await start(site.outDir);
    });
    afterAll(async () => {
      await running?.close();
    });

    it("sends an article with the site's headers: the page's own policy with frame-ancestors 'none', HSTS, nosniff, Referrer-Policy, Permissions-Policy, COOP", async () => {
      const response = await get(alias().to);
      expect(response.status).toBe(200);
      for (const { name, value } of rules.headers) expect(response.headers.get(name), name).toBe(value);
      const meta = parsePage(await response.text())
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute('content');
      expect(response.headers.get('content-security-policy')).toBe(`${meta}; frame-ancestors 'none'`);
      for (const name of ['strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'])
        expect(response.headers.get(name), name).toBeTruthy();
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    });

    it('sends the same headers with the 404 page, a redirect, a feed, a sitemap and a hashed bundle', async () => {
      for (const path of ['/no-such-page/', alias().from, alias().to.slice(0, -1), '/feeds/rss.xml', '/feeds/feed.json', '/sitemap-index.xml', fileIn('_astro')]) {
        const response = await get(path);
        for (const { name, value } of rules.headers) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
      }
    });

    it("answers an alias, with and without its slash, with a 301 to the live article, ahead of the alias's redirect page", async () => {
      const { from, to } = alias();
      expect(site.read(`${from.slice(1)}index.html`)).toContain('http-equiv="refresh"');
      for (const path of [from, from.slice(0, -1)]) {
        const response = await get(path);
        expect(response.status, path).toBe(301);
        expect(new URL(response.headers.get('location') ?? '', `${running?.origin}${path}`).pathname).toBe(to);
      }
    });

    it("redirects a folder's path without its slash to the folder, keeping the query", async () => {
      const { to } = alias();
      const response = await get(`${to.slice(0, -1)}?from=feed`);
      expect(response.status).toBe(301);
      expect(new URL(response.headers.get('location') ?? '', running?.origin).href).toBe(`${running?.origin}${to}?from=feed`);
    });

    it.each(['/no-such-page/', '/no-such-file.css', '/_headers', '/_redirects', '/_deploy/nginx.conf', '/_deploy/Caddyfile', '/_deploy/serving-rules.json', '/_deploy', '/_astro/'])(
      'answers %s with status 404 and the 404 page',
      async (path) => {
        const response = await get(path);
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await response.text()).toBe(site.read('404.html'));
      },
    );

    it.each([
      ['/feeds/rss.xml', 'application/rss+xml; charset=utf-8'],
      ['/feeds/atom.xml', 'application/atom+xml; charset=utf-8'],
      ['/feeds/feed.json', 'application/feed+json; charset=utf-8'],
      ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
      ['/sitemap-0.xml', 'application/xml; charset=utf-8'],
    ])('sends %s as %s', async (path, type) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(await response.text()).toBe(site.read(path.slice(1)));
    });

    it('caches hashed bundles and search parts for a year, immutable', async () => {
      for (const path of [fileIn('_astro'), fileIn('pagefind')]) {
        const response = await get(path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
      }
    });

    it('revalidates pages, feeds, sitemaps and the 404 page, even for a missing hashed file', async () => {
      for (const path of [alias().to, '/', '/feeds/rss.xml', '/sitemap-index.xml', '/no-such-page/', '/_astro/no-such-bundle.js']) {
        expect((await get(path)).headers.get('cache-control'), path).toBe('public, max-age=0, must-revalidate');
      }
    });

    it('compresses a page for a reader who accepts gzip, and the body is the page', async () => {
      const path = alias().to;
      const response = await rawGet(`${running?.origin}${path}`, { 'accept-encoding': 'gzip' });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(response.headers['vary']).toMatch(/accept-encoding/i);
      expect(gunzipSync(response.body).toString('utf8')).toBe(site.read(`${path.slice(1)}index.html`));
    });

    it(options.brotli ? "sends the build's Brotli file to a reader who accepts br" : 'sends gzip to a reader who accepts br and gzip', async () => {
      const path = alias().to;
      const response = await rawGet(`${running?.origin}${path}`, { 'accept-encoding': 'br, gzip' });
      expect(response.headers['content-encoding']).toBe(options.brotli ? 'br' : 'gzip');
      const body = options.brotli ? brotliDecompressSync(response.body) : gunzipSync(response.body);
      expect(body.toString('utf8')).toBe(site.read(`${path.slice(1)}index.html`));
    });

    it("passes the Mozilla Observatory's header rules", async () => {
      const headers = (await get(alias().to)).headers;
      const policy = directives(headers.get('content-security-policy') ?? '');
      // A policy that sets default-src, and scripts from no inline code and no eval.
      expect(policy.get('default-src')).toBeDefined();
      const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      // HSTS for at least six months.
      expect(Number(/max-age=(\d+)/.exec(headers.get('strict-transport-security') ?? '')?.[1])).toBeGreaterThanOrEqual(15_768_000);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      // Framing refused, by the policy or by X-Frame-Options.
      expect(policy.get('frame-ancestors')?.join(' ') === "'none'" || /^(deny|sameorigin)$/i.test(headers.get('x-frame-options') ?? '')).toBe(true);
      expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(headers.get('referrer-policy'));
    });
  });
}
