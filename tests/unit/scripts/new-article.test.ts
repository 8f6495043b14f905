import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFrontMatterError, parseFrontMatter } from '../../../src/lib/content/front-matter.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { runScript, tempFolder } from './run-script.ts';

describe('npm run new', { timeout: 60_000 }, () => {
  it('writes a valid draft with today’s date, the slug from the headline and the default section', () => {
    const dir = tempFolder({ 'existing.md': '---\ntitle: E\ndate: 2024-01-02\n---\n\nText.\n' });
    const run = runScript('new-article.ts', ['--content-dir', dir, 'Kestrin Dam: "what went wrong"']);
    expect(run.status).toBe(0);
    const path = join(dir, 'kestrin-dam-what-went-wrong.md');
    expect(run.stdout.trim()).toBe(path);
    const text = readFileSync(path, 'utf8');
    const parsed = parseFrontMatter(text);
    if (isFrontMatterError(parsed)) throw new Error(parsed.message);
    expect(parsed.data).toEqual({
      title: 'Kestrin Dam: "what went wrong"',
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$/),
      section: siteConfig.defaultSection,
      draft: true,
    });
    expect(parsed.body.trim()).toBe('Write the story here.');
    expect(validateArticles([{ file: 'kestrin-dam-what-went-wrong.md', text }], siteConfig).problems).toEqual([]);
  });

  it.each([
    ['opinion', 'opinion'],
    ['Analysis', 'analysis'],
  ])('writes the kind of work --type %s names', (given, written) => {
    const dir = tempFolder();
    const run = runScript('new-article.ts', ['--content-dir', dir, '--type', given, 'Why the dam failed']);
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, 'why-the-dam-failed.md'), 'utf8');
    expect(text).toMatch(new RegExp(`^type: ${written}$`, 'm'));
    expect(validateArticles([{ file: 'why-the-dam-failed.md', text }], siteConfig).problems).toEqual([]);
  });

  it('refuses a kind of work the site does not have, naming the kinds it has, and writes nothing', () => {
    const dir = tempFolder();
    const run = runScript('new-article.ts', ['--content-dir', dir, '--type', 'rant', 'Why the dam failed']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--type: "rant" is not a kind of work (one of: news, analysis, opinion, explainer, review, interview, obituary, live)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('joins an unquoted headline’s words', () => {
    const dir = tempFolder();
    expect(runScript('new-article.ts', ['--content-dir', dir, 'Comet', 'Holm', 'returns']).stdout.trim()).toBe(join(dir, 'comet-holm-returns.md'));
  });

  it('refuses a slug an article already has, and changes nothing', () => {
    const existing = '---\ntitle: Old\ndate: 2024-01-02\nslug: comet-holm-returns\n---\n\nOld.\n';
    const dir = tempFolder({ 'old.md': existing });
    const run = runScript('new-article.ts', ['--content-dir', dir, 'Comet Holm returns']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the slug "comet-holm-returns" is taken by old.md');
    expect(readdirSync(dir)).toEqual(['old.md']);
    expect(readFileSync(join(dir, 'old.md'), 'utf8')).toBe(existing);
  });

  it.each([
    ['no headline', [], 2, 'give the headline'],
    ['a headline with no Latin letters or digits', ['日本'], 1, 'to make a slug from'],
    ['a headline over 200 characters', ['x '.repeat(120)], 1, 'title: the headline is longer than 200 characters'],
  ])('refuses %s', (_name, args, status, message) => {
    const dir = tempFolder();
    const run = runScript('new-article.ts', ['--content-dir', dir, ...args]);
    expect(run.status).toBe(status);
    expect(run.stderr).toContain(message);
    expect(readdirSync(dir)).toEqual([]);
  });
});
