import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_POLICY } from '../../data/content-security-policy.ts';
import { headerPolicy } from '../../lib/seo/content-security-policy.ts';

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
 * Writes `_headers` (Netlify, Cloudflare Pages) with the security headers and the site's
 * policy, the one every page also carries in a `<meta>` (src/data/content-security-policy.ts).
 */
export function writeSecurityHeaders(outDir: string): void {
  const lines = ['/*', `  Content-Security-Policy: ${headerPolicy(SITE_POLICY)}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
  writeFileSync(join(outDir, '_headers'), lines.join('\n'));
}
