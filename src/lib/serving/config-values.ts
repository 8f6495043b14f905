import { quoteForMessage } from '../text/quote-for-message.ts';
import { type HeaderField, type RedirectRule, type TypeRule } from './serving-rules.ts';

// What ends or changes a token in nginx's or Caddy's config language, or is read there as a
// variable or placeholder: such a value is refused, never escaped, so what a server reads is
// always the plain text the site meant.
const UNSAFE_IN_PATH = /[\s"'`;{}$\\\p{Cc}]/u;
// Header values keep their spaces, `;` and `'` (a policy is made of them); the rest is refused as for paths.
const UNSAFE_IN_VALUE = /["`{}$\\\p{Cc}]/u;
const HEADER_NAME = /^[A-Za-z0-9-]+$/;

/** A path for a server's config, refused (naming `what` and the path) when it cannot sit there safely. */
export function safeConfigPath(path: string, what: string): string {
  const bad = UNSAFE_IN_PATH.exec(path)?.[0];
  if (bad !== undefined) {
    throw new Error(`${what}: ${quoteForMessage(path)} has ${quoteForMessage(bad)}: whitespace, quotes, ";", "{", "}", "$", "\\" and control characters cannot sit safely in a server's config`);
  }
  if (!path.startsWith('/')) throw new Error(`${what}: ${quoteForMessage(path)} is not a site path (it must start with "/")`);
  return path;
}

/** The site's origin as a URL, refused (naming `what`) when it is not one. */
export function originUrl(origin: string, what: string): URL {
  try {
    return new URL(origin);
  } catch {
    throw new Error(`${what}: origin: ${quoteForMessage(origin)} is not a URL (the site's url in src/site.config.ts)`);
  }
}

/** A header for a server's config, refused (naming it) when its name or value cannot sit there safely. */
export function safeHeader(header: HeaderField, what: string): HeaderField {
  if (!HEADER_NAME.test(header.name)) throw new Error(`${what}: header name ${quoteForMessage(header.name)} is not a plain header name (letters, digits and "-")`);
  const bad = UNSAFE_IN_VALUE.exec(header.value)?.[0];
  if (bad !== undefined) {
    throw new Error(`${what}: header ${header.name}: ${quoteForMessage(header.value)} has ${quoteForMessage(bad)}, which cannot sit safely in a server's config`);
  }
  return header;
}

/** A media type split for servers that add the charset themselves; any parameter but `charset=utf-8` is refused. */
export function splitContentType(rule: TypeRule, what: string): { readonly mediaType: string; readonly utf8: boolean } {
  const [mediaType = '', ...parameters] = rule.contentType.split(';').map((part) => part.trim());
  const utf8 = parameters.length === 1 && parameters[0]?.toLowerCase() === 'charset=utf-8';
  if (!/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i.test(mediaType) || (parameters.length > 0 && !utf8)) {
    throw new Error(`${what}: type of ${quoteForMessage(rule.suffix)}: ${quoteForMessage(rule.contentType)} is not a media type with at most "; charset=utf-8"`);
  }
  return { mediaType, utf8 };
}

/**
 * The redirects as (key, target) pairs, each once: the key is the decoded path, which is what
 * both nginx (`$uri`) and Caddy (`{path}`) compare. `foldCase` for nginx, whose map keys ignore
 * ASCII case, so two aliases that differ only in case are one key there.
 */
export function redirectEntries(redirects: readonly RedirectRule[], what: string, foldCase: boolean): { readonly key: string; readonly to: string }[] {
  const targets = new Map<string, { readonly from: string; readonly to: string }>();
  const entries: { key: string; to: string }[] = [];
  for (const { from, to } of redirects) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(from);
    } catch {
      throw new Error(`${what}: redirect from ${quoteForMessage(from)}: its percent-encoding is malformed`);
    }
    const key = safeConfigPath(decoded, decoded === from ? `${what}: redirect from` : `${what}: redirect from ${quoteForMessage(from)}, decoded`);
    safeConfigPath(to, `${what}: redirect from ${quoteForMessage(from)} to`);
    const seen = targets.get(foldCase ? key.toLowerCase() : key);
    if (seen !== undefined) {
      if (seen.to !== to)
        throw new Error(`${what}: redirect from ${quoteForMessage(from)}: the same path as ${quoteForMessage(seen.from)}, which goes to ${quoteForMessage(seen.to)}, not ${quoteForMessage(to)}`);
      continue;
    }
    targets.set(foldCase ? key.toLowerCase() : key, { from, to });
    entries.push({ key, to });
  }
  return entries;
}

/** `text` between double quotes, as both configs write a value (unsafe values are refused before). */
export const quote = (text: string): string => `"${text}"`;

/** `text` matched literally in a regular expression (paths here have no braces or `$`: those are refused). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^()|[\]]/g, '\\$&');
}
