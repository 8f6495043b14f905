import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWithNuHtmlChecker, findJava, isKnownFalsePositive } from '../../../../src/build/validate/nu-html-checker.ts';
import { formatValidationProblem } from '../../../../src/build/validate/problem.ts';
import { folderWith } from '../../../support/temp-tree.ts';
import { ORIGIN, page } from './site.ts';

const CSP = `<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">`;

describe('checkWithNuHtmlChecker', { timeout: 60_000 }, () => {
  // One Java run over a folder of pages, good and bad, as over a built site.
  it('reports what the Nu Html Checker finds in every page, at its line, and nothing in valid pages', async () => {
    const dir = folderWith({
      'index.html': page({
        head: `${CSP}<script type="module" src="/a.js"></script><link rel="stylesheet" href="/site.css"><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite"}</script>`,
      }),
      'search/index.html': `${page()}<script type="module" src="/search.js"></script>\n`,
      'articles/one/index.html': page({ body: '<p>One<p>Two</div>' }),
      'styles.css': 'not checked',
    });
    const report = await checkWithNuHtmlChecker(dir, { siteOrigin: ORIGIN, pages: 3 });
    expect(report.checked).toBe(3);
    expect(report.problems.map((p) => formatValidationProblem(p))).toEqual([
      'articles/one/index.html:10: vnu: Stray end tag “div”.',
      'search/index.html:14: vnu: Stray start tag “script”.',
      'search/index.html:14: vnu: Cannot recover after last error. Any further errors will be ignored.',
    ]);
  });

  it('fails with how to install Java when there is none', async () => {
    const report = await checkWithNuHtmlChecker(folderWith({ 'index.html': page() }), { siteOrigin: ORIGIN, pages: 1, java: () => undefined });
    expect(report.problems.map((p) => formatValidationProblem(p))).toEqual([
      ".: vnu: Java is not installed, and the Nu Html Checker (vnu.jar) runs on it: install Debian's Java with `apt-get install -y default-jre-headless` (.ci/run does), or set JAVA_HOME",
    ]);
  });
});

describe('findJava', () => {
  const fakeJava = () => {
    const dir = folderWith({});
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin/java'), '#!/bin/sh\n');
    chmodSync(join(dir, 'bin/java'), 0o755);
    return dir;
  };
  it.each([
    { name: 'JAVA_HOME first', env: (home: string) => ({ JAVA_HOME: home, PATH: '/nowhere' }), found: (home: string) => join(home, 'bin/java') },
    { name: 'then the PATH', env: (home: string) => ({ PATH: `/nowhere:${join(home, 'bin')}` }), found: (home: string) => join(home, 'bin/java') },
    { name: 'none when JAVA_HOME, the PATH and the fallback have none', env: () => ({ PATH: '/nowhere' }), found: () => undefined },
  ])('$name', ({ env, found }) => {
    const home = fakeJava();
    expect(findJava(env(home), '/nowhere/java')).toBe(found(home));
  });
});

describe('isKnownFalsePositive', () => {
  const info = (message: string, extract = '') => ({ type: 'info' as const, subType: 'warning', message, extract, hiliteStart: 0, hiliteLength: extract.length });
  it.each([
    {
      name: 'a same-site script “blocked” (vnu reads a file’s origin as file:)',
      message: info('Resource violates Content Security Policy (meta tag): external script “/_astro/a.js” blocked by “script-src” directive.'),
      known: true,
    },
    { name: 'a relative stylesheet “blocked”', message: info('Resource violates Content Security Policy (meta tag): external stylesheet “site.css” blocked by “style-src” directive.'), known: true },
    {
      name: 'a script on the site’s own origin',
      message: info(`Resource violates Content Security Policy (meta tag): external script “${ORIGIN}/a.js” blocked by “script-src” directive.`),
      known: true,
    },
    {
      name: 'a script on another origin, really blocked',
      message: info('Resource violates Content Security Policy (meta tag): external script “https://cdn.example/a.js” blocked by “script-src” directive.'),
      known: false,
    },
    {
      name: 'a JSON-LD data block, which CSP does not govern',
      message: info('Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive.', '<script type="application/ld+json">'),
      known: true,
    },
    { name: 'an inline script with no hash, really blocked', message: info('Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive.', '<script>'), known: false },
    {
      name: 'an inline module script, really blocked',
      message: info('Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive.', '<script type="module">'),
      known: false,
    },
    { name: 'an error', message: { type: 'error' as const, message: 'Stray start tag “script”.' }, known: false },
  ])('$name', ({ message, known }) => {
    expect(isKnownFalsePositive(message, ORIGIN)).toBe(known);
  });
});
