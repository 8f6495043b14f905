import { describe, expect, it } from 'vitest';
import { caddyfile } from '../../../src/lib/serving/caddyfile.ts';
import { servingRules, type ServingRules } from '../../../src/lib/serving/serving-rules.ts';
import { checkCaddyfile } from '../../support/caddy-server.ts';

const redirect = (from: string, to: string) => ({ from, to, title: 'A story' });
const rules = servingRules({
  origin: 'https://news.test',
  contentSecurityPolicy: "default-src 'self'; script-src 'self' 'sha256-abc+/='",
  redirects: [redirect('/articles/quay-reopening/', '/articles/quay-reopens/'), redirect('/articles/caf%C3%A9-closes/', '/articles/cafe-closes/')],
});
const file = caddyfile(rules);

/** The lines of the first block that opens with `opening` (tabs kept), without its braces. */
function block(text: string, opening: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trimStart() === `${opening} {`);
  if (start < 0) throw new Error(`no block ${opening}`);
  const indent = (lines[start] ?? '').length - (lines[start] ?? '').trimStart().length;
  const end = lines.findIndex((line, index) => index > start && line === `${'\t'.repeat(indent)}}`);
  return lines.slice(start + 1, end).map((line) => line.trim());
}

/** Every handler object of a given kind anywhere in Caddy's JSON config. */
function handlers(json: unknown, kind: string): Record<string, unknown>[] {
  if (Array.isArray(json)) return json.flatMap((item) => handlers(item, kind));
  if (json === null || typeof json !== 'object') return [];
  const found = Object.values(json).flatMap((value) => handlers(value, kind));
  return (json as Record<string, unknown>)['handler'] === kind ? [json as Record<string, unknown>, ...found] : found;
}

describe('caddyfile', () => {
  it.each([
    ["the site's host as the address, from the environment when set", /^\{\$DISPATCH_SITE_ADDRESS:news\.test\} \{$/m],
    ['the folder, from the environment when set', /^\troot \* \{\$DISPATCH_ROOT:\/srv\/dispatch\/dist\}$/m],
    ['Cache-Control from the map', /^\theader Cache-Control \{dispatch_cache_control\}$/m],
    ['the alias map read once', /^\tvars dispatch_alias \{dispatch_redirect\}$/m],
    ['a permanent redirect for an alias', /^\tredir @alias \{vars\.dispatch_alias\} permanent$/m],
    ['a permanent redirect for an alias, with the query kept', /^\tredir @aliasWithQuery \{vars\.dispatch_alias\}\?\{query\} permanent$/m],
    ['a folder redirected to its path with a slash', /^\tredir @folder \{path\}\/ permanent$/m],
    ["the host's files hidden", /^\t@hidden path \/_headers \/_redirects \/_deploy \/_deploy\/\*$/m],
    ['a 404 for them', /^\terror @hidden 404$/m],
    ["the build's .br and .gz files", /^\t\tprecompressed br gzip$/m],
    ['on-the-fly gzip for the rest', /^\tencode gzip$/m],
    ['the 404 page for every error', /^\thandle_errors \{\n\t\trewrite \* \/404\.html$/m],
    ["the 404 page's own type, whatever the missing path's was", /^\t\theader Content-Type "text\/html; charset=utf-8"$/m],
    ['the 404 page revalidated', /^\t\theader Cache-Control "public, max-age=0, must-revalidate"$/m],
  ])('has %s', (_what, pattern) => {
    expect(file).toMatch(pattern);
  });

  it('sends every header of the rules, without Caddy’s Server header, on answers and on the 404 page', () => {
    const expected = [...rules.headers.map(({ name, value }) => `${name} "${value}"`), '-Server'];
    expect(block(file, 'header')).toEqual(expected);
    expect(block(file.slice(file.indexOf('handle_errors')), 'header')).toEqual(expected);
    expect(file).toContain(`Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc+/='; frame-ancestors 'none'"`);
  });

  it('sets Cache-Control by prefix in the rules’ order, revalidating the rest', () => {
    expect(block(file, 'map {path} {dispatch_cache_control}')).toEqual([
      '~^/_astro/ "public, max-age=31536000, immutable"',
      '~^/pagefind/ "public, max-age=31536000, immutable"',
      'default "public, max-age=0, must-revalidate"',
    ]);
  });

  it.each([
    [0, ['path */rss.xml'], 'application/rss+xml; charset=utf-8'],
    [1, ['path */atom.xml', 'not path */rss.xml'], 'application/atom+xml; charset=utf-8'],
    [2, ['path */feed.json', 'not path */rss.xml */atom.xml'], 'application/feed+json; charset=utf-8'],
    [3, ['path *.webmanifest', 'not path */rss.xml */atom.xml */feed.json'], 'application/manifest+json; charset=utf-8'],
    [4, ['path *.xml', 'not path */rss.xml */atom.xml */feed.json *.webmanifest'], 'application/xml; charset=utf-8'],
  ])('gives type rule %i only to paths no earlier rule took, as the first matching suffix wins', (index, matcher, type) => {
    expect(block(file, `@type${index}`)).toEqual(matcher);
    expect(file).toContain(`\theader @type${index} Content-Type "${type}"\n`);
  });

  it('maps each alias, with and without its slash, once, by its decoded path', () => {
    expect(block(file, 'map {path} {dispatch_redirect}')).toEqual([
      '"/articles/quay-reopening/" "/articles/quay-reopens/"',
      '"/articles/quay-reopening" "/articles/quay-reopens/"',
      '"/articles/caf\u00e9-closes/" "/articles/cafe-closes/"',
      '"/articles/caf\u00e9-closes" "/articles/cafe-closes/"',
      'default ""',
    ]);
  });

  it('addresses an http origin as http, so Caddy does not ask for a certificate', () => {
    expect(caddyfile({ ...rules, origin: 'http://localhost:8080' })).toMatch(/^\{\$DISPATCH_SITE_ADDRESS:http:\/\/localhost:8080\} \{$/m);
  });

  it.each([
    ['a space', '/articles/old slug/'],
    ['a double quote', '/articles/old"slug/'],
    ['a backtick', '/articles/old`slug/'],
    ['a brace (a placeholder)', '/articles/{path}/'],
    ['a dollar sign', '/articles/$HOME/'],
    ['a backslash', '/articles/old\\slug/'],
    ['a line break', '/articles/old\nslug/'],
  ])('refuses a redirect path with %s, naming the file and the path', (_what, from) => {
    const hostile: ServingRules = { ...rules, redirects: [{ from, to: '/articles/quay-reopens/', status: 301 }] };
    expect(() => caddyfile(hostile)).toThrow(/^Caddyfile: redirect from: ".*" has /);
  });

  it('refuses a 404 page that is not HTML, since its type is set as HTML', () => {
    expect(() => caddyfile({ ...rules, notFoundPage: '/404.txt' })).toThrow('Caddyfile: 404 page: /404.txt is not an .html file');
  });

  it('is a Caddyfile Caddy adapts and validates, every alias one mapping', () => {
    const checked = checkCaddyfile(file);
    expect(checked.ok, checked.output).toBe(true);
    const maps = handlers(checked.json, 'map');
    expect(maps.map((map) => map['destinations'])).toEqual([['{dispatch_cache_control}'], ['{dispatch_redirect}']]);
    expect(maps[1]?.['mappings']).toHaveLength(rules.redirects.length);
    expect(handlers(checked.json, 'file_server').length).toBe(2);
  });

  it('is used as written over a loopback address and a test folder (the environment, not edits)', () => {
    const checked = checkCaddyfile(file, { DISPATCH_SITE_ADDRESS: 'http://127.0.0.1:8081', DISPATCH_ROOT: '/tmp/a-site' });
    expect(checked.ok, checked.output).toBe(true);
    expect(JSON.stringify(checked.json)).toContain('"listen":[":8081"]');
    expect(JSON.stringify(checked.json)).toContain('"root":"/tmp/a-site"');
  });
});
