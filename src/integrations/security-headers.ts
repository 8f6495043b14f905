import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Headers every response should carry, beside the Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

/**
 * Merges the per-page CSP `<meta>` policies into one header policy: the same directives, with
 * every hash any page needs, plus `frame-ancestors`, which a `<meta>` policy cannot carry.
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives.entries()].map(([name, sources]) => [name, ...[...sources].sort()].join(' ')).join('; ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

/** Writes `_headers` (Netlify, Cloudflare Pages) with the site's CSP and security headers. */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'dispatch-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const policies = new Set<string>();
        for (const file of htmlFiles(root)) {
          const head = readFileSync(file, 'utf8').slice(0, 8192);
          const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(head)?.[1];
          if (policy) policies.add(policy.replaceAll('&#39;', "'"));
        }
        const lines = ['/*', `  Content-Security-Policy: ${mergePolicies([...policies])}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
        writeFileSync(join(root, '_headers'), lines.join('\n'));
      },
    },
  };
}
