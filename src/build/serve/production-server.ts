import { readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { cacheControlOf, contentTypeOf, isHidden, type ServingRules } from '../../lib/serving/serving-rules.ts';
import { encodeSitePath, requestTarget } from './request-target.ts';
import { readServingRules } from './serving-rules-file.ts';

const METHODS = 'GET, HEAD';
// What nginx sends (its `default_type`) for a name its list lacks, as for Pagefind's parts.
const DEFAULT_TYPE = 'application/octet-stream';
const HTML_TYPE = 'text/html; charset=utf-8';

/**
 * A request listener that serves the built site in `root` as the generated nginx config does,
 * in nginx's order: the host's own files (and dot-files) answered 404; the aliases' permanent
 * redirects; a folder's path without its slash redirected to it; the file (a folder's
 * `index.html`, its `.br`/`.gz` sibling when the reader accepts it); else the 404 page with
 * status 404. Every response, redirects and 404s too, carries the rules' headers and
 * `Cache-Control`; only GET and HEAD are answered.
 */
export function createProductionHandler(root: string, rules: ServingRules): RequestListener {
  const base = resolve(root);
  const redirects = new Map(rules.redirects.map((redirect) => [redirect.from, redirect.to]));
  // `dev` reads the folder on every request, as nginx does: a build in place is served at once
  // and a site of 100,000 pages is not listed before the first answer. `extensions: []`: no
  // guessing `/x` as `/x.html`; folders' `index.html` is chosen here.
  const files = sirv(base, {
    dev: true,
    etag: true,
    extensions: [],
    dotfiles: false,
    brotli: rules.precompressed.encodings.includes('br'),
    gzip: rules.precompressed.encodings.includes('gzip'),
  });
  const statOf = (path: string): Stats | undefined => {
    try {
      return statSync(join(base, path));
    } catch {
      // Missing, or a file's name used as a folder (ENOTDIR), or too long: not the site's.
      return undefined;
    }
  };
  const hidden = (path: string): boolean => isHidden(rules, path) || isHidden(rules, `${path}/`) || path.split('/').some((segment) => segment.startsWith('.') && segment !== '.well-known');

  const finish = (response: ServerResponse, status: number, cacheControl: string, headers: OutgoingHttpHeaders = {}, body = ''): void => {
    response.statusCode = status;
    response.setHeader('Cache-Control', cacheControl);
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    response.setHeader('Content-Length', Buffer.byteLength(body));
    response.end(body);
  };
  const notFound = (response: ServerResponse): void => {
    let page: string;
    try {
      page = readFileSync(join(base, rules.notFoundPage), 'utf8');
    } catch {
      page = 'Not found\n';
    }
    response.removeHeader('Vary');
    // Never the cache rule of the path asked for: a 404 under `/_astro/` is not immutable.
    finish(response, 404, cacheControlOf(rules, rules.notFoundPage), { 'Content-Type': contentTypeOf(rules, rules.notFoundPage) ?? HTML_TYPE }, page);
  };

  return (request, response) => {
    for (const { name, value } of rules.headers) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      finish(response, 405, rules.defaultCacheControl, { Allow: METHODS });
      return;
    }
    const target = requestTarget(request.url ?? '/');
    if ('refused' in target) {
      finish(response, 400, rules.defaultCacheControl, { 'Content-Type': 'text/plain; charset=utf-8' }, `Bad request: ${target.refused}\n`);
      return;
    }
    const { path, search } = target;
    if (hidden(path)) {
      notFound(response);
      return;
    }
    // The query goes along, so a shared link's tracking or search terms survive the hop.
    const alias = redirects.get(path);
    if (alias !== undefined) {
      finish(response, 301, cacheControlOf(rules, path), { Location: `${alias}${search}` });
      return;
    }
    if (!path.endsWith('/') && statOf(path)?.isDirectory() === true) {
      finish(response, 301, cacheControlOf(rules, path), { Location: `${encodeSitePath(`${path}/`)}${search}` });
      return;
    }
    const file = path.endsWith('/') ? `${path}index.html` : path;
    if (statOf(file)?.isFile() !== true) {
      notFound(response);
      return;
    }
    response.setHeader('Cache-Control', cacheControlOf(rules, file));
    // sirv keeps a Content-Type set here; it would send an empty one for a name it lacks.
    response.setHeader('Content-Type', contentTypeOf(rules, file) ?? typeByName(file));
    // sirv sends the file (or its compressed sibling) with its ETag, Last-Modified and ranges;
    // the headers set above win over its own.
    request.url = encodeSitePath(file);
    files(request, response, () => notFound(response));
  };
}

// What nginx sends: its list's type, UTF-8 for text, `default_type` for a name the list lacks
// (Pagefind's parts).
function typeByName(file: string): string {
  const type = lookup(file);
  if (type === undefined) return DEFAULT_TYPE;
  return /^text\/|^application\/(javascript|json|xml)$|\+xml$/.test(type) ? `${type}; charset=utf-8` : type;
}

/** A running production server. */
export interface ProductionServer {
  /** E.g. `http://localhost:4321`, without a trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the built site in `root` with the rules its build wrote (`_deploy/serving-rules.json`) on `host:port` (0: any free port). */
export async function startProductionServer(options: { readonly root: string; readonly port: number; readonly host: string }): Promise<ProductionServer> {
  const server = createServer(createProductionHandler(options.root, readServingRules(options.root)));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // Keep-alive connections of a browser would hold the server open otherwise.
        server.closeAllConnections();
      }),
  };
}
