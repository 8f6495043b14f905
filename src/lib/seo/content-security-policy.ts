import { sha256 } from '../hash.ts';

// Everything comes from this origin: bundled scripts and styles, fonts, pictures (and
// `data:` placeholders), the search index. Pagefind's search runs WebAssembly.
const DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['style-src', "'self'"],
];

/** The CSP source that allows one inline script, by the SHA-256 of its exact text. */
export function inlineScriptSource(script: string): string {
  return `'sha256-${sha256(script, 'base64')}'`;
}

/**
 * The site's Content-Security-Policy: nothing from another origin, no inline script but the
 * ones given (allowed by hash), no inline style, no plugins. The same for every page, so it
 * is worked out once per build instead of hashed again on every page.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const scriptSources = ["'self'", "'wasm-unsafe-eval'", ...[...new Set(inlineScripts)].map(inlineScriptSource)];
  return [...DIRECTIVES, ['script-src', ...scriptSources]].map((directive) => directive.join(' ')).join('; ');
}

/** The policy as an HTTP header, with `frame-ancestors`, which a `<meta>` policy cannot carry. */
export function headerPolicy(policy: string): string {
  return `${policy}; frame-ancestors 'none'`;
}
