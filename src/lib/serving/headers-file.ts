import { type ServingRules } from './serving-rules.ts';

/**
 * The rules as a `_headers` file (Netlify, Cloudflare Pages): the security headers on every
 * path, then `Cache-Control` by prefix. Those hosts join the values of a header that several
 * matching blocks set, so `Cache-Control` is set by the prefixes alone; everything else keeps
 * those hosts' own default, which revalidates as the rules' default does.
 */
export function headersFile(rules: ServingRules): string {
  const block = (path: string, fields: readonly { readonly name: string; readonly value: string }[]): string => [path, ...fields.map(({ name, value }) => `  ${name}: ${value}`), ''].join('\n');
  return [block('/*', rules.headers), ...rules.cache.map(({ prefix, cacheControl }) => block(`${prefix}*`, [{ name: 'Cache-Control', value: cacheControl }]))].join('\n');
}
