import { escapeRegex, originUrl, quote, redirectEntries, safeConfigPath, safeHeader, splitContentType } from './config-values.ts';
import type { ServingRules } from './serving-rules.ts';

/**
 * The serving rules as a Caddyfile for Caddy 2: the site's headers on every answer, the alias
 * redirects, the 404 page, media types, caching and compression. The site's address and folder
 * are environment placeholders with defaults, so nobody edits the file. Throws, naming the path
 * or header, on a value that cannot sit safely in the file.
 */
export function caddyfile(rules: ServingRules): string {
  const what = 'Caddyfile';
  const origin = originUrl(rules.origin, what);
  // An https origin is Caddy's default (certificates obtained and renewed, http redirected to https).
  const address = safeConfigPath(`/${origin.protocol === 'http:' ? `http://${origin.host}` : origin.host}`, `${what}: origin`).slice(1);
  const redirects = redirectEntries(rules.redirects, what, false);
  const headers = rules.headers.map((header) => safeHeader(header, what));
  const notFound = safeConfigPath(rules.notFoundPage, `${what}: 404 page`);
  if (!notFound.endsWith('.html')) throw new Error(`${what}: 404 page: ${notFound} is not an .html file`);
  const cache = rules.cache.map(({ prefix, cacheControl }) => ({
    prefix: safeConfigPath(prefix, `${what}: cache prefix`),
    cacheControl: safeHeader({ name: 'Cache-Control', value: cacheControl }, what).value,
  }));
  const defaultCacheControl = safeHeader({ name: 'Cache-Control', value: rules.defaultCacheControl }, what).value;
  const types = rules.types.map((rule) => {
    splitContentType(rule, what);
    return { suffix: safeConfigPath(`/${rule.suffix}`, `${what}: type suffix`).slice(1), contentType: rule.contentType };
  });
  const hidden = rules.hidden.flatMap((path) => {
    safeConfigPath(path, `${what}: hidden path`);
    return path.endsWith('/') ? [path.slice(0, -1), `${path}*`] : [path];
  });
  const securityHeaders = (indent: string): string[] => [`${indent}header {`, ...headers.map(({ name, value }) => `${indent}\t${name} ${quote(value)}`), `${indent}\t-Server`, `${indent}}`];

  // Caddy 2.6 has no placeholder for "?query if there is one": a redirect with a query and one without.
  const withQuery = (name: string, matchers: readonly string[], target: string): string[] =>
    [
      { suffix: '', test: '==', location: target },
      { suffix: 'WithQuery', test: '!=', location: `${target}?{query}` },
    ].flatMap(({ suffix, test, location }) => [
      `\t@${name}${suffix} {`,
      ...matchers.map((matcher) => `\t\t${matcher}`),
      `\t\texpression {query} ${test} ""`,
      '\t}',
      `\tredir @${name}${suffix} ${location} permanent`,
    ]);

  return [
    '# The site as Caddy 2 serves it, written by the build from the serving rules',
    '# (src/lib/serving/caddyfile.ts): rebuild rather than edit, so it never drifts from the site.',
    '# Set DISPATCH_SITE_ADDRESS (the host name; Caddy obtains its certificate) and DISPATCH_ROOT',
    '# (the folder the build wrote) where the defaults do not fit: docs/deploying.md.',
    '',
    `{$DISPATCH_SITE_ADDRESS:${address}} {`,
    '\troot * {$DISPATCH_ROOT:/srv/dispatch/dist}',
    '',
    '\t# On every answer: pages, files, redirects; handle_errors repeats them for the 404 page.',
    ...securityHeaders('\t'),
    '',
    '\t# Cache-Control by path, the first matching prefix winning.',
    '\tmap {path} {dispatch_cache_control} {',
    ...cache.map(({ prefix, cacheControl }) => `\t\t~^${escapeRegex(prefix)} ${quote(cacheControl)}`),
    `\t\tdefault ${quote(defaultCacheControl)}`,
    '\t}',
    '\theader Cache-Control {dispatch_cache_control}',
    '',
    "\t# Media types Caddy's list does not give (feeds by name), the first matching suffix winning.",
    ...types.flatMap(({ suffix, contentType }, index) => {
      const earlier = types.slice(0, index).map((type) => `*${type.suffix}`);
      return [`\t@type${index} {`, `\t\tpath *${suffix}`, ...(earlier.length > 0 ? [`\t\tnot path ${earlier.join(' ')}`] : []), '\t}', `\theader @type${index} Content-Type ${quote(contentType)}`];
    }),
    '',
    // Caddy compares a map's keys one by one (one string comparison an alias, cheaper than a route
    // each); with tens of thousands of aliases, nginx's hashed map is the better server.
    "\t# Aliases, ahead of the files, so an alias's HTML redirect page is never what a reader gets.",
    '\tmap {path} {dispatch_redirect} {',
    ...redirects.map(({ key, to }) => `\t\t${quote(key)} ${quote(to)}`),
    '\t\tdefault ""',
    '\t}',
    // Each use of a map's placeholder scans the map again: it is read once, into a variable.
    '\tvars dispatch_alias {dispatch_redirect}',
    ...withQuery('alias', ['not vars dispatch_alias ""'], '{vars.dispatch_alias}'),
    '',
    "\t# A folder's path without its slash: redirected to the folder, as nginx does.",
    ...withQuery('folder', ['not path */', 'file {path}/index.html'], '{path}/'),
    '',
    "\t# The host's own files: never served.",
    `\t@hidden path ${hidden.join(' ')}`,
    '\terror @hidden 404',
    '',
    '\t# The .br and .gz files the build writes beside text files; the rest is compressed on the fly.',
    '\tencode gzip',
    '\tfile_server {',
    '\t\tprecompressed br gzip',
    '\t}',
    '',
    '\t# Every error, a missing page included, answers with the 404 page and its status.',
    '\thandle_errors {',
    `\t\trewrite * ${notFound}`,
    // Set, not deleted: the type set for the missing path (a feed's, say) is not the 404 page's,
    // and a deletion would wait until after file_server had kept the type already there.
    '\t\theader Content-Type "text/html; charset=utf-8"',
    ...securityHeaders('\t\t'),
    `\t\theader Cache-Control ${quote(defaultCacheControl)}`,
    '\t\tencode gzip',
    '\t\tfile_server {',
    '\t\t\tprecompressed br gzip',
    '\t\t}',
    '\t}',
    '}',
    '',
  ].join('\n');
}
