import { escapeRegex, originUrl, quote, redirectEntries, safeConfigPath, safeHeader, splitContentType } from './config-values.ts';
import type { ServingRules } from './serving-rules.ts';

// nginx's own names for the text it serves from mime.types (text/html is always included);
// `text/javascript` is what newer nginx calls `.js`.
const TEXT_TYPES = ['text/css', 'application/javascript', 'text/javascript', 'application/json', 'text/plain', 'text/xml', 'image/svg+xml'];

// A map's bucket must hold its longest key: nginx stores each as a pointer and the key's
// bytes (plus two) rounded up to a pointer, and ends a bucket with a null pointer.
const POINTER = 8;
const CACHE_LINE = 64;
const elementSize = (key: string): number => POINTER + Math.ceil((new TextEncoder().encode(key).length + 2) / POINTER) * POINTER;

/**
 * The map's hash sizes. nginx's defaults (64-byte buckets, 2,048 slots) refuse to start with a
 * long alias or a few thousand of them. Eight of the longest keys a bucket and twice as many
 * slots as keys make an overfull bucket so unlikely that nginx finds a size within its first
 * tries, even for hundreds of thousands of aliases, and a lookup stays one hash and a short scan.
 */
function mapHashSizes(keys: readonly string[]): { readonly bucketSize: number; readonly maxSize: number } {
  const longest = keys.reduce((most, key) => Math.max(most, elementSize(key)), elementSize('/'));
  return { bucketSize: Math.ceil((8 * longest + POINTER) / CACHE_LINE) * CACHE_LINE, maxSize: Math.max(2048, 2 * keys.length) };
}

/**
 * The serving rules as an nginx config for its http context (Debian: /etc/nginx/conf.d/): a
 * map of the aliases and one server block with the site's headers on every answer, redirects,
 * the 404 page, media types, caching and compression. Throws, naming the path or header, on a
 * value that cannot sit safely in the config.
 */
export function nginxConfig(rules: ServingRules): string {
  const what = 'nginx.conf';
  const host = originUrl(rules.origin, what).hostname;
  const redirects = redirectEntries(rules.redirects, what, true);
  const headers = rules.headers.map((header) => safeHeader(header, what));
  const types = rules.types.map((rule) => ({ suffix: safeConfigPath(`/${rule.suffix}`, `${what}: type suffix`).slice(1), ...splitContentType(rule, what) }));
  const notFound = safeConfigPath(rules.notFoundPage, `${what}: 404 page`);
  const utf8Types = [...new Set([...TEXT_TYPES, ...types.filter((type) => type.utf8).map((type) => type.mediaType)])];
  const { bucketSize, maxSize } = mapHashSizes(redirects.map(({ key }) => key));

  const headerLines = (indent: string): string[] =>
    [...headers, { name: 'Cache-Control', value: '$dispatch_cache_control' }].map(({ name, value }) => `${indent}add_header ${name} ${quote(value)} always;`);
  const hidden = rules.hidden.flatMap((path) => {
    safeConfigPath(path, `${what}: hidden path`);
    return path.endsWith('/') ? [`    location ^~ ${path} { return 404; }`, `    location = ${path.slice(0, -1)} { return 404; }`] : [`    location = ${path} { return 404; }`];
  });

  return [
    '# The site as nginx serves it, written by the build from the serving rules',
    '# (src/lib/serving/nginx-config.ts): rebuild rather than edit, so it never drifts from the site.',
    "# Include it in nginx's http context (Debian: /etc/nginx/conf.d/dispatch.conf) and change the three",
    '# lines marked "# adapt". TLS (listen 443 ssl, certificates) is your own setup: docs/deploying.md.',
    '',
    "# Aliases: one hash lookup a request, however many there are. Sized for these keys (nginx's",
    '# defaults refuse long or many keys); if another file of yours sets these two, keep the larger.',
    `map_hash_bucket_size ${bucketSize};`,
    `map_hash_max_size ${maxSize};`,
    '',
    'map $uri $dispatch_redirect {',
    '    default "";',
    ...redirects.map(({ key, to }) => `    ${quote(key)} ${quote(to)};`),
    '}',
    '',
    '# Cache-Control by path, the first matching prefix winning. Read when the answer is sent, so a',
    '# missing /_astro/ file answered with the 404 page (/404.html) is revalidated like any page.',
    'map $uri $dispatch_cache_control {',
    `    default ${quote(rules.defaultCacheControl)};`,
    ...rules.cache.map(
      ({ prefix, cacheControl }) =>
        `    ${quote(`~^${escapeRegex(safeConfigPath(prefix, `${what}: cache prefix`))}`)} ${quote(safeHeader({ name: 'Cache-Control', value: cacheControl }, what).value)};`,
    ),
    '}',
    '',
    'server {',
    '    listen 80;  # adapt: the port (and `listen 443 ssl;` with your certificate lines)',
    `    server_name ${safeConfigPath(`/${host}`, `${what}: origin`).slice(1)};  # adapt: the site's host name`,
    '    root /srv/dispatch/dist;  # adapt: the folder the build wrote (dist/)',
    '',
    '    server_tokens off;',
    "    # Relative Locations keep the reader's scheme, host and port, on nginx's own folder redirects too.",
    '    absolute_redirect off;',
    '    index index.html;',
    // A folder without index.html (/_astro/, /feeds/) is not a page: 404, as on other hosts, not 403.
    `    error_page 403 =404 ${notFound};`,
    `    error_page 404 ${notFound};`,
    '    default_type application/octet-stream;',
    '    charset utf-8;',
    `    charset_types ${utf8Types.join(' ')};`,
    '',
    '    # The .gz files the build writes beside text files; the rest is compressed on the fly.',
    '    gzip_static on;',
    "    # brotli_static on;  # with Debian's libnginx-mod-http-brotli-static installed, for the .br files",
    '    gzip on;',
    '    gzip_vary on;',
    `    gzip_types ${utf8Types.join(' ')};`,
    '',
    '    # On every answer: pages, files, redirects and the 404 page (files are served at this level:',
    '    # there is no `location /`). A location with an add_header of its own drops all of these, so',
    '    # each location below repeats them.',
    ...headerLines('    '),
    '',
    "    # Ahead of the files, so an alias's HTML redirect page is never what a reader gets.",
    '    if ($dispatch_redirect) {',
    '        return 301 $dispatch_redirect$is_args$args;',
    '    }',
    '',
    "    # Media types nginx's list does not give (feeds by name), the first matching suffix winning.",
    ...types.flatMap(({ suffix, mediaType }) => [
      `    location ~ ${quote(`${escapeRegex(suffix)}$`)} {`,
      // An empty list, so the type comes from default_type whatever nginx's list says of the extension.
      '        types { }',
      `        default_type ${mediaType};`,
      ...headerLines('        '),
      '    }',
    ]),
    '',
    "    # The host's own files: never served.",
    ...hidden,
    '}',
    '',
  ].join('\n');
}
