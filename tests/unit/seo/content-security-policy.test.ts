import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headerPolicy, inlineScriptSource } from '../../../src/lib/seo/content-security-policy.ts';

const directive = (policy: string, name: string): string[] | undefined =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([first]) => first === name)
    ?.slice(1);

describe('contentSecurityPolicy', () => {
  const script = "document.documentElement.dataset.theme='dark'";
  const policy = contentSecurityPolicy([script, script]);

  it.each([
    ['default-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['style-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", inlineScriptSource(script)]],
  ])('sets %s to %j', (name, sources) => {
    expect(directive(policy, name)).toEqual(sources);
  });

  it('never allows inline code or other origins wholesale', () => {
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  });

  it('allows an inline script by the SHA-256 of its exact text, and nothing else', () => {
    expect(inlineScriptSource(script)).toBe(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(inlineScriptSource(`${script} `)).not.toBe(inlineScriptSource(script));
  });

  it('adds frame-ancestors only to the header, where browsers honour it', () => {
    expect(directive(policy, 'frame-ancestors')).toBeUndefined();
    expect(directive(headerPolicy(policy), 'frame-ancestors')).toEqual(["'none'"]);
  });
});
