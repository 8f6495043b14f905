/** A request's target read as a path of the site, or why it is refused. */
export type RequestTarget = { readonly path: string; readonly search: string } | { readonly refused: string };

/**
 * The decoded, normalised site path and the query of a request's target, as nginx reads them:
 * percent-escapes decoded (`%2F` and `%2e` included), repeated slashes and `.` merged, `..`
 * resolved; refused when a `..` would climb above the root, the escapes are malformed or it
 * holds a NUL, so no later step ever sees a path that leaves the site's folder.
 */
export function requestTarget(url: string): RequestTarget {
  // Proxies may send the absolute form (`http://host/path`); only its path is the site's.
  const target = /^[a-z][a-z\d+.-]*:\/\//i.test(url) ? url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '') || '/' : url;
  if (!target.startsWith('/')) return { refused: 'not a path' };
  const end = target.search(/[?#]/);
  const raw = end === -1 ? target : target.slice(0, end);
  const search = end === -1 || target[end] === '#' ? '' : target.slice(end).replace(/#.*/s, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { refused: 'malformed percent-encoding' };
  }
  if (decoded.includes('\0')) return { refused: 'a NUL character' };
  const segments: string[] = [];
  const parts = decoded.split('/');
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (segments.pop() === undefined) return { refused: 'climbs above the root' };
    } else segments.push(part);
  }
  const last = parts.at(-1);
  const folder = segments.length > 0 && (last === '' || last === '.' || last === '..');
  return { path: `/${segments.join('/')}${folder ? '/' : ''}`, search };
}

/** A site path as a URL path that `decodeURI` (which sirv applies) reads back as the same path. */
export function encodeSitePath(path: string): string {
  return encodeURI(path).replace(/[?#]/g, encodeURIComponent);
}
