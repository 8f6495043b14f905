import { describe, expect, it } from 'vitest';
import { nginxConfig } from '../../../src/lib/serving/nginx-config.ts';
import { servingRules, type ServingRules } from '../../../src/lib/serving/serving-rules.ts';
import { checkNginxConfig } from '../../support/nginx-server.ts';

const redirect = (from: string, to: string) => ({ from, to, title: 'A story' });
const rules = servingRules({
  origin: 'https://news.test',
  contentSecurityPolicy: "default-src 'self'; script-src 'self' 'sha256-abc+/='",
  redirects: [redirect('/articles/quay-reopening/', '/articles/quay-reopens/'), redirect('/articles/caf%C3%A9-closes/', '/articles/cafe-closes/')],
});
const config = nginxConfig(rules);
const lines = config.split('\n');

/** The text of every `location … { … }` block at the server's level, by its opening line. */
function locations(text: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of text.matchAll(/^ {4}location ([^\n{]+)\{\n([\s\S]*?)^ {4}\}$/gm)) blocks.set((match[1] ?? '').trim(), match[2] ?? '');
  return blocks;
}

describe('nginxConfig', () => {
  it.each([
    ['the listen line, to adapt', /^ {4}listen 80; {2}# adapt: /m],
    ["the site's host as server_name, to adapt", /^ {4}server_name news\.test; {2}# adapt: /m],
    ['the root, to adapt', /^ {4}root \/srv\/dispatch\/dist; {2}# adapt: /m],
    ['no version in the Server header', /^ {4}server_tokens off;$/m],
    ["relative redirects (the reader's own port)", /^ {4}absolute_redirect off;$/m],
    ['index.html for folders', /^ {4}index index\.html;$/m],
    ['the 404 page with its status', /^ {4}error_page 404 \/404\.html;$/m],
    ['a folder without index.html answered 404', /^ {4}error_page 403 =404 \/404\.html;$/m],
    ["the build's .gz files", /^ {4}gzip_static on;$/m],
    ['Brotli as a commented line naming its Debian module', /^ {4}# brotli_static on; .*libnginx-mod-http-brotli-static/m],
    ['on-the-fly gzip for the rest', /^ {4}gzip on;$/m],
    ['a Vary header for compressed answers', /^ {4}gzip_vary on;$/m],
    ['the alias redirect ahead of any file, with the query kept', /if \(\$dispatch_redirect\) \{\n {8}return 301 \$dispatch_redirect\$is_args\$args;/],
    ['_headers hidden', /^ {4}location = \/_headers \{ return 404; \}$/m],
    ['_redirects hidden', /^ {4}location = \/_redirects \{ return 404; \}$/m],
    ['_deploy/ hidden', /^ {4}location \^~ \/_deploy\/ \{ return 404; \}$/m],
    ['_deploy (without its slash) hidden', /^ {4}location = \/_deploy \{ return 404; \}$/m],
  ])('has %s', (_what, pattern) => {
    expect(config).toMatch(pattern);
  });

  it('sends every header of the rules, and Cache-Control, from the server and from every location that sets a type', () => {
    const names = [...rules.headers.map(({ name }) => name), 'Cache-Control'];
    const typed = [...locations(config)].filter(([opening]) => opening.startsWith('~'));
    expect(typed).toHaveLength(rules.types.length);
    for (const block of [config.slice(config.indexOf('server {'), config.indexOf('    location')), ...typed.map(([, body]) => body)]) {
      expect([...block.matchAll(/^ *add_header (\S+) /gm)].map((match) => match[1])).toEqual(names);
      expect(block.match(/add_header .* always;$/gm)).toHaveLength(names.length);
    }
    expect(config).toContain(`add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc+/='; frame-ancestors 'none'" always;`);
  });

  it.each([
    ['/rss.xml', 'application/rss+xml'],
    ['/atom.xml', 'application/atom+xml'],
    ['/feed.json', 'application/feed+json'],
    ['.webmanifest', 'application/manifest+json'],
    ['.xml', 'application/xml'],
  ])('gives files ending in %s the type %s, with charset=utf-8 and compression', (suffix, type) => {
    const block = locations(config).get(`~ "${suffix.replaceAll('.', '\\.')}$"`);
    expect(block).toContain('types { }');
    expect(block).toContain(`default_type ${type};`);
    expect(lines.find((line) => line.startsWith('    charset_types '))?.split(/[ ;]+/)).toContain(type);
    expect(lines.find((line) => line.startsWith('    gzip_types '))?.split(/[ ;]+/)).toContain(type);
  });

  it('puts the feeds’ own suffixes ahead of .xml, since nginx takes the first matching one', () => {
    const order = [...locations(config).keys()].filter((opening) => opening.startsWith('~'));
    expect(order.indexOf('~ "/rss\\.xml$"')).toBeLessThan(order.indexOf('~ "\\.xml$"'));
  });

  it('sets Cache-Control by prefix in the rules’ order, revalidating the rest', () => {
    const map = config.slice(config.indexOf('map $uri $dispatch_cache_control {'));
    expect(map.slice(0, map.indexOf('}')).split('\n').slice(1, -1)).toEqual([
      '    default "public, max-age=0, must-revalidate";',
      '    "~^/_astro/" "public, max-age=31536000, immutable";',
      '    "~^/pagefind/" "public, max-age=31536000, immutable";',
    ]);
  });

  it('maps each alias, with and without its slash, once, by its decoded path', () => {
    const map = config.slice(config.indexOf('map $uri $dispatch_redirect {'));
    expect(map.slice(0, map.indexOf('}')).split('\n').slice(1, -1)).toEqual([
      '    default "";',
      '    "/articles/quay-reopening/" "/articles/quay-reopens/";',
      '    "/articles/quay-reopening" "/articles/quay-reopens/";',
      '    "/articles/caf\u00e9-closes/" "/articles/cafe-closes/";',
      '    "/articles/caf\u00e9-closes" "/articles/cafe-closes/";',
    ]);
  });

  it('writes an alias that differs from another only in case once, since nginx ignores case in map keys', () => {
    const twice = nginxConfig({ ...rules, redirects: [...rules.redirects, { from: '/articles/Quay-Reopening/', to: '/articles/quay-reopens/', status: 301 }] });
    expect(twice.match(/"\/articles\/quay-reopening\/"/gi)).toHaveLength(1);
  });

  it.each([
    ['a space', '/articles/old slug/'],
    ['a tab', '/articles/old\tslug/'],
    ['a line break', '/articles/old\nslug/'],
    ['a double quote', '/articles/old"slug/'],
    ['a single quote', "/articles/old'slug/"],
    ['a semicolon', '/articles/old;slug/'],
    ['a brace', '/articles/old{slug}/'],
    ['a dollar sign', '/articles/$host/'],
    ['a backslash', '/articles/old\\slug/'],
    ['a control character', '/articles/old\u0007slug/'],
    ['a space, percent-encoded', '/articles/old%20slug/'],
    ['a semicolon, percent-encoded', '/articles/old%3Bslug/'],
  ])('refuses a redirect path with %s, naming the file and the path', (_what, from) => {
    const hostile: ServingRules = { ...rules, redirects: [{ from, to: '/articles/quay-reopens/', status: 301 }] };
    expect(() => nginxConfig(hostile)).toThrow(from.includes('%') ? `nginx.conf: redirect from ${JSON.stringify(from)}, decoded: ` : /^nginx\.conf: redirect from: ".*" has /);
  });

  it.each([
    ['malformed percent-encoding', { from: '/articles/caf%E9%/', to: '/articles/cafe-closes/' }, /its percent-encoding is malformed/],
    ['a target with a quote', { from: '/articles/old/', to: '/articles/"new/' }, /redirect from "\/articles\/old\/" to: .* has "\\""/],
    ['a path that is not a site path', { from: 'articles/old/', to: '/articles/new/' }, /is not a site path/],
    ['one path sent to two places', { from: '/articles/quay-reopening/', to: '/articles/elsewhere/' }, /the same path as "\/articles\/quay-reopening\/"/],
  ])('refuses %s', (_what, extra, message) => {
    expect(() => nginxConfig({ ...rules, redirects: [...rules.redirects, { ...extra, status: 301 }] })).toThrow(message);
  });

  it('refuses a header value that would end its quotes or read a variable, naming the header', () => {
    expect(() => nginxConfig({ ...rules, headers: [{ name: 'Referrer-Policy', value: 'no-referrer" always; root /' }] })).toThrow(/^nginx\.conf: header Referrer-Policy: /);
    expect(() => nginxConfig({ ...rules, headers: [{ name: 'X-Host', value: '$host' }] })).toThrow(/header X-Host/);
  });

  it('refuses an origin that is not a URL, naming it', () => {
    expect(() => nginxConfig({ ...rules, origin: 'news.test' })).toThrow('nginx.conf: origin: "news.test" is not a URL');
  });

  it('sizes the alias map so nginx loads long aliases and many of them', () => {
    const long = `/articles/${'a'.repeat(100)}/`;
    const many = Array.from({ length: 5000 }, (_, i) => ({ from: `/articles/old-${i}/`, to: `/articles/new-${i}/`, status: 301 as const }));
    const sized = nginxConfig({ ...rules, redirects: [{ from: long, to: '/articles/new/', status: 301 }, ...many] });
    const bucket = Number(/^map_hash_bucket_size (\d+);$/m.exec(sized)?.[1]);
    expect(bucket % 64).toBe(0);
    // Eight of the longest key (its bytes, two more and a pointer, rounded to pointers) and the bucket's end.
    expect(bucket).toBeGreaterThanOrEqual(8 * (8 + 104) + 8);
    expect(Number(/^map_hash_max_size (\d+);$/m.exec(sized)?.[1])).toBeGreaterThanOrEqual(2 * 5001);
  });

  it('is a config nginx loads, with hostile but allowed values in it (nginx -t)', () => {
    const allowed = servingRules({
      origin: 'https://news.test',
      contentSecurityPolicy: "default-src 'self'",
      redirects: [redirect('/articles/a#b/', '/articles/c/'), redirect('/articles/\u0646\u0628\u0623/', '/articles/d/'), redirect('/articles/x(y)/', '/articles/e/')],
    });
    const checked = checkNginxConfig(nginxConfig(allowed));
    expect(checked.output).toBe('');
    expect(checked.ok).toBe(true);
  });

  // nginx reads a hundred thousand rules: seconds on a busy machine, more than Vitest's default five.
  it('loads a hundred thousand aliases (nginx -t)', () => {
    const redirects = Array.from({ length: 100_000 }, (_, i) => redirect(`/articles/an-older-slug-of-story-number-${i}/`, `/articles/story-${i}/`));
    const checked = checkNginxConfig(nginxConfig(servingRules({ origin: 'https://news.test', contentSecurityPolicy: "default-src 'self'", redirects })));
    expect(checked.output).toBe('');
    expect(checked.ok).toBe(true);
  }, 60_000);
});
