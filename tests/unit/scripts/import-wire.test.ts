import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../../src/build/content/read-article-files.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { runScript, tempFolder, WIRE_FIXTURES } from './run-script.ts';

const fixture = (name: string) => join(WIRE_FIXTURES, name);
const FERRY = 'varnias-new-ferry-link-to-soltria-opens-after-two-years-of-delays.md';
const MUSEUM = 'grennick-museum-reopens-with-a-hall-of-ship-models.md';

describe('npm run import', { timeout: 60_000 }, () => {
  it('imports the good files, refuses the bad ones by name, writes nothing for them, and exits 1', () => {
    const dir = join(tempFolder(), 'articles');
    const bad = tempFolder({ 'latin1.txt': new Uint8Array([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x0a, 0x53, 0x0a, 0x42]), 'nul.txt': new Uint8Array([0x41, 0x00, 0x0a]) });
    const run = runScript('import-wire.ts', [
      '--content-dir',
      dir,
      '--date',
      '2024-03-05',
      '--section',
      'world',
      fixture('one-per-line.txt'),
      fixture('empty.txt'),
      fixture('headline-only.txt'),
      fixture('headline-standfirst.txt'),
      join(bad, 'latin1.txt'),
      join(bad, 'nul.txt'),
      fixture('blank-lines.txt'),
      fixture('missing.txt'),
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([join(dir, FERRY), join(dir, MUSEUM)]);
    expect(readdirSync(dir).sort()).toEqual([MUSEUM, FERRY].sort());
    for (const [name, reason] of [
      ['empty.txt', 'is empty'],
      ['headline-only.txt', 'has only a headline'],
      ['headline-standfirst.txt', 'has a headline and a standfirst but no story'],
      ['latin1.txt', 'is not UTF-8 text'],
      ['nul.txt', 'is not UTF-8 text'],
      ['missing.txt', 'cannot be read (ENOENT)'],
    ]) {
      expect(run.stderr).toContain(`${name}: ${reason}`);
    }
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((line) => line.endsWith('; nothing written for it')),
    ).toHaveLength(6);
    const { problems } = validateArticles(readArticleFiles(dir, dir).sources, siteConfig);
    expect(problems).toEqual([]);
    expect(readFileSync(join(dir, FERRY), 'utf8')).toContain('\ndate: 2024-03-05\n');
  });

  it('exits 0 when every file imports, with today’s date and the default section by default', () => {
    const dir = tempFolder();
    const run = runScript('import-wire.ts', ['--content-dir', dir, fixture('one-per-line.txt')]);
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, FERRY), 'utf8');
    expect(text).toMatch(/\ndate: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)\n/);
    expect(text).toContain(`\nsection: ${siteConfig.defaultSection}\n`);
  });

  it('refuses a slug any article already has, wherever it lives, unless --force replaces that article', () => {
    const existing = '---\ntitle: Old\ndate: 2024-01-02\nslug: varnias-new-ferry-link-to-soltria-opens-after-two-years-of-delays\n---\n\nOld text.\n';
    const dir = tempFolder({ '2024/old-ferry.md': existing });
    const refused = runScript('import-wire.ts', ['--content-dir', dir, fixture('one-per-line.txt')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('is taken by 2024/old-ferry.md');
    expect(readFileSync(join(dir, '2024/old-ferry.md'), 'utf8')).toBe(existing);
    expect(existsSync(join(dir, FERRY))).toBe(false);

    const forced = runScript('import-wire.ts', ['--content-dir', dir, '--force', fixture('one-per-line.txt')]);
    expect(forced.status).toBe(0);
    expect(forced.stdout.trim()).toBe(join(dir, '2024/old-ferry.md'));
    expect(readFileSync(join(dir, '2024/old-ferry.md'), 'utf8')).toContain('title: Varnia');
    expect(readdirSync(dir)).toEqual(['2024']);
  });

  it('refuses the second of two files with the same headline in one call', () => {
    const dir = tempFolder();
    const run = runScript('import-wire.ts', ['--content-dir', dir, fixture('one-per-line.txt'), fixture('one-per-line.txt')]);
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('is taken by');
  });

  it('prints what it would write with --dry-run, and writes nothing', () => {
    const dir = join(tempFolder(), 'articles');
    const run = runScript('import-wire.ts', ['--content-dir', dir, '--dry-run', '--date', '2024-03-05', fixture('blank-lines.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${join(dir, MUSEUM)} (dry run: not written)\n---\ntitle: Grennick museum reopens with a hall of ship models\n`);
    expect(run.stdout).toContain('\nsource: Reuters\n');
    expect(existsSync(dir)).toBe(false);
  });

  it.each([
    ['an impossible --date', ['--date', '2024-02-30'], '--date "2024-02-30" is not a calendar date'],
    ['a --date in words', ['--date', 'tomorrow'], 'is not an ISO 8601 date'],
    ['an unknown --section', ['--section', 'gossip'], '--section "gossip" is not a section of this site'],
    ['an unknown option', ['--frobnicate'], "Unknown option '--frobnicate'"],
  ])('stops on %s before importing anything (exit 2)', (_name, args, message) => {
    const dir = tempFolder();
    const run = runScript('import-wire.ts', ['--content-dir', dir, ...args, fixture('one-per-line.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: npm run import');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('asks for a file when given none (exit 2)', () => {
    const run = runScript('import-wire.ts', ['--content-dir', tempFolder()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('name at least one wire file');
  });
});
