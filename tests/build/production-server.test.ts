import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductionServer, type ProductionServer } from '../../src/build/serve/production-server.ts';
import { readServingRules } from '../../src/build/serve/serving-rules-file.ts';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { parsePage } from '../support/html.ts';
import { folderWith } from '../support/temp-tree.ts';
import { PAGE_TYPES } from '../e2e/pages.ts';

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

// node:http sends the path exactly as written (fetch would resolve `..` and `%2e%2e` first)
// and leaves the body as sent, compressed or not.
function ask(server: ProductionServer, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.origin}/`, { path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const policyOf = (html: string) => parsePage(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
const ARTICLE = PAGE_TYPES.article;

describe('npm start serving the default site', () => {
  let server: ProductionServer;
  const file = (path: string) => readFileSync(join(DEFAULT_DIST, path), 'utf8');
  const firstIn = (folder: string, suffix: string) => {
    const name = readdirSync(join(DEFAULT_DIST, folder), { recursive: true, encoding: 'utf8' }).find((entry) => entry.endsWith(suffix));
    if (name === undefined) throw new Error(`no ${suffix} file under ${folder}/ in the default site`);
    return `/${folder}/${name}`;
  };

  beforeAll(async () => {
    server = await startProductionServer({ root: DEFAULT_DIST, port: 0, host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  it.each([
    ['an article', ARTICLE, 200],
    ['the 404 page', PAGE_TYPES.notFound, 404],
  ])("sends %s with the page's own policy plus frame-ancestors, and the other security headers", async (_name, path, status) => {
    const answer = await ask(server, path);
    expect(answer.status).toBe(status);
    expect(answer.headers['content-security-policy']).toBe(`${policyOf(answer.body.toString())}; frame-ancestors 'none'`);
    expect(answer.headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(answer.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(answer.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(answer.headers['permissions-policy']).toContain('camera=()');
  });

  it('answers a path the site does not have with status 404 and the 404 page, revalidated', async () => {
    const answer = await ask(server, '/articles/no-such-story/');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.body.toString()).toBe(file('404.html'));
    expect(answer.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it.each(['/_headers', '/_redirects', '/_deploy/serving-rules.json', '/_deploy/', '/_deploy'])('hides the host’s own file %s behind a 404', async (path) => {
    const answer = await ask(server, path);
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toBe(file('404.html'));
  });

  it.each([
    ['/feeds/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/feeds/atom.xml', 'application/atom+xml; charset=utf-8'],
    ['/feeds/feed.json', 'application/feed+json; charset=utf-8'],
    ['/feeds/politics/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['/sitemap-0.xml', 'application/xml; charset=utf-8'],
  ])('sends %s as %s, revalidated', async (path, type) => {
    const answer = await ask(server, path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('keeps hashed bundles and search parts for a year, and has every page revalidated', async () => {
    for (const path of [firstIn('_astro', '.css'), firstIn('_astro', '.js'), firstIn('pagefind', '.pf_meta')]) {
      const answer = await ask(server, path);
      expect([path, answer.status, answer.headers['cache-control']]).toEqual([path, 200, 'public, max-age=31536000, immutable']);
    }
    expect((await ask(server, firstIn('_astro', '.js'))).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await ask(server, firstIn('pagefind', '.pf_meta'))).headers['content-type']).toBe('application/octet-stream');
    for (const path of ['/', ARTICLE, PAGE_TYPES.section]) expect((await ask(server, path)).headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    // A bundle that is not there yet must not be remembered as missing for a year.
    expect((await ask(server, '/_astro/not-built-yet.js')).headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it.each([
    ['/world', '/world/'],
    ['/search?q=dam', '/search/?q=dam'],
    ['/articles/kim-jong-un-in-russia', '/articles/kim-jong-un-in-russia/'],
  ])('redirects the folder path %s to %s for good', async (path, location) => {
    const answer = await ask(server, path);
    expect([answer.status, answer.headers.location]).toEqual([301, location]);
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const [get, head] = [await ask(server, ARTICLE), await ask(server, ARTICLE, { method: 'HEAD' })];
    const { date: _getDate, ...getHeaders } = get.headers;
    const { date: _headDate, ...headHeaders } = head.headers;
    expect(head.status).toBe(200);
    expect(headHeaders).toEqual(getHeaders);
    expect(head.body.length).toBe(0);
  });

  it('answers a reader who already has the page with 304, still under the policy', async () => {
    const etag = (await ask(server, ARTICLE)).headers.etag ?? '';
    const again = await ask(server, ARTICLE, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s with 405 and the methods it allows', async (method) => {
    const answer = await ask(server, ARTICLE, { method });
    expect([answer.status, answer.headers.allow]).toEqual([405, 'GET, HEAD']);
  });
});

describe('npm start serving a site with an alias and pre-compressed files', () => {
  let site: BuiltSite;
  let server: ProductionServer;
  let html: string;
  const SECRET = 'not part of the site';
  const PAGE = '/articles/harbour-reopens/';

  beforeAll(async () => {
    site = buildSite('tests/fixtures/valid-site/articles');
    if (site.status !== 0) throw new Error(site.output.slice(-4000));
    html = site.read('articles/harbour-reopens/index.html');
    // Siblings written here, so the negotiation is tested whatever the build writes.
    writeFileSync(join(site.outDir, 'articles/harbour-reopens/index.html.br'), brotliCompressSync(html));
    writeFileSync(join(site.outDir, 'articles/harbour-reopens/index.html.gz'), gzipSync(html));
    // Next to the output folder: what a path climbing out of it would reach.
    writeFileSync(join(site.outDir, '..', 'secret.txt'), SECRET);
    server = await startProductionServer({ root: site.outDir, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
    rmSync(join(site.outDir, '..'), { recursive: true, force: true });
  });

  it.each(['/articles/ostrel-harbour-reopening/', '/articles/ostrel-harbour-reopening'])('redirects the alias %s to the live page with a 301, not its meta-refresh page', async (path) => {
    expect(site.exists('articles/ostrel-harbour-reopening/index.html')).toBe(true);
    const answer = await ask(server, path);
    expect([answer.status, answer.headers.location]).toEqual([301, PAGE]);
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('keeps the query through an alias’s redirect', async () => {
    expect((await ask(server, '/articles/ostrel-harbour-reopening/?ref=mail')).headers.location).toBe(`${PAGE}?ref=mail`);
  });

  it.each([
    ['br', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
    ['gzip, deflate, br', 'br', brotliDecompressSync],
  ] as const)('sends the %s reader the %s sibling, as HTML under the policy', async (accepted, encoding, decode) => {
    const answer = await ask(server, PAGE, { headers: { 'accept-encoding': accepted } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(decode(answer.body).toString()).toBe(html);
  });

  it('sends the plain page to a reader who accepts no encoding', async () => {
    const answer = await ask(server, PAGE);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.body.toString()).toBe(html);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/articles/../../secret.txt', '/articles/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt', '/secret.txt%00.html', '/%ZZ'])(
    'never reads outside the site for %s',
    async (path) => {
      const answer = await ask(server, path);
      expect([400, 404]).toContain(answer.status);
      expect(answer.body.toString()).not.toContain(SECRET);
    },
  );

  it('never redirects to another host', async () => {
    const answer = await ask(server, '//articles/harbour-reopens');
    expect([answer.status, answer.headers.location]).toEqual([301, PAGE]);
  });
});

describe('the rules file npm start reads', () => {
  it('says to build first when the output folder has none', () => {
    const dir = folderWith({ 'index.html': '<!doctype html>' });
    expect(() => readServingRules(dir)).toThrow(`${join(dir, '_deploy/serving-rules.json')}: missing; run npm run build first`);
  });

  it('names the file and the field of a damaged rule', () => {
    const rules = JSON.parse(readFileSync(join(DEFAULT_DIST, '_deploy/serving-rules.json'), 'utf8')) as { redirects: unknown[]; headers: unknown[] };
    rules.redirects = [{ from: '/articles/old/', to: '//elsewhere.example/', status: 301 }];
    rules.headers = [{ name: 'X-Bad', value: 'a\r\nSet-Cookie: x=1' }];
    const dir = folderWith({ '_deploy/serving-rules.json': JSON.stringify(rules) });
    const file = join(dir, '_deploy/serving-rules.json');
    const message = (() => {
      try {
        readServingRules(dir);
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain(`${file}: headers.0.value: `);
    expect(message).toContain(`${file}: redirects.0.to: `);
  });
});
