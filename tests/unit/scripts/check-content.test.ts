import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { pngBytes } from '../../support/picture-bytes.ts';
import { runScript, tempFolder } from './run-script.ts';

const article = (lines: readonly string[], body = 'Text.') => `---\n${lines.join('\n')}\n---\n\n${body}\n`;

describe('npm run check:content', { timeout: 60_000 }, () => {
  it('prints every problem as file:line: field: message, sorted by file, then a summary, and exits 1 on errors', () => {
    const root = tempFolder({
      'b.md': article(['title: Same headline', 'date: 2024-02-30']),
      'a.md': article(['title: Same headline', 'date: 2024-01-02', 'related: [nowhere]', 'sectoin: world']),
      'c/ok.md': article(['title: Fine', 'date: 2024-01-02']),
      'c/_notes.md': 'not an article',
    });
    const run = runScript('check-content.ts', ['--dir', root]);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      `${root}/a.md:4: related: "nowhere" names no article`,
      `${root}/a.md:5: warning: sectoin: is not a field of the article format and is ignored (did you mean "section"?)`,
      `${root}/b.md:2: warning: title: the same headline as ${root}/a.md`,
      `${root}/b.md:3: date: "2024-02-30" is not a calendar date: 2024-02 has 29 days`,
      '3 articles checked: 2 errors, 2 warnings',
      '',
    ]);
  });

  it('runs the build’s picture checks, naming the line of src, beside the other problems of the same file', () => {
    const root = tempFolder({
      'b.md': article(['title: B', 'date: 2024-01-02', 'image: { src: escape.png, alt: x }']),
      'c.md': article(['title: C', 'date: 2024-01-02', 'image: { src: pictures/zero.png, alt: x }']),
      'd.md': article(['title: D', 'date: 2024-01-02', 'image: { src: pictures/ok.png, alt: x }']),
      'pictures/zero.png': pngBytes(0, 0),
      'pictures/ok.png': pngBytes(4, 3),
    });
    // A picture beside the articles folder, which the build must not publish.
    const secret = `${root}-secret-plan.png`;
    writeFileSync(secret, pngBytes(4, 3));
    onTestFinished(() => rmSync(secret));
    writeFileSync(join(root, 'a.md'), article(['title: A', 'date: 2024-02-30', 'image:', '  alt: A plan', `  src: ../${basename(secret)}`]));
    symlinkSync('/etc/passwd', join(root, 'escape.png'));
    const run = runScript('check-content.ts', ['--dir', root]);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      `${root}/a.md:3: date: "2024-02-30" is not a calendar date: 2024-02 has 29 days`,
      `${root}/a.md:6: image.src: "../${basename(secret)}" leads outside the folders pictures are published from (${root}/, public/): it is ${secret}`,
      `${root}/b.md:4: image.src: "escape.png" leads outside the folders pictures are published from (${root}/, public/): it is /etc/passwd`,
      `${root}/c.md:4: image.src: "pictures/zero.png" has a PNG header that gives 0×0 pixels: the file is damaged or not a picture`,
      '4 articles checked: 4 errors, 0 warnings',
      '',
    ]);
  });

  it('checks kinds of work, corrections and their text with the build’s messages, naming each entry’s line', () => {
    const root = tempFolder({
      'a.md': article([
        'title: T',
        'date: 2024-01-02',
        'type: opinon',
        'corrections:',
        '  - date: 2024-01-01',
        '    text: Too early.',
        '  - date: 2024-01-03',
        '    text: "## A heading"',
        '  - date: 2024-01-04',
        '    text: ""',
      ]),
    });
    const run = runScript('check-content.ts', ['--dir', root]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${root}/a.md:4: type: "opinon" is not a kind of work`);
    expect(run.stdout).toContain(`${root}/a.md:6: corrections.0.date: 2024-01-01 is before the publication date 2024-01-02`);
    expect(run.stdout).toContain(`${root}/a.md:11: corrections.2.text: is empty: say what was corrected`);
  });

  it('refuses a correction’s text the page could not print, naming its line', () => {
    const root = tempFolder({ 'a.md': article(['title: T', 'date: 2024-01-02', 'corrections:', '  - date: 2024-01-03', '    text: "## A heading"']) });
    const run = runScript('check-content.ts', ['--dir', root]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${root}/a.md:6: corrections\\.0\\.text: cannot hold a heading`));
  });

  it('exits 0 when there are warnings only', () => {
    const root = tempFolder({ 'a.md': article(['title: T', 'date: 2024-01-02'], '') });
    const run = runScript('check-content.ts', ['--dir', root]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${root}/a.md:5: warning: body: the article has no text\n1 article checked: 0 errors, 1 warning\n`);
  });

  it('refuses an empty or missing folder, as the build does', () => {
    const root = tempFolder();
    expect(runScript('check-content.ts', ['--dir', root]).stdout).toContain(`${root}: file: holds no article`);
    const missing = runScript('check-content.ts', ['--dir', join(root, 'nowhere')]);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('the articles folder does not exist');
  });

  it('checks the site’s own articles by default, with paths relative to the project', () => {
    const run = runScript('check-content.ts', []);
    expect(run.stdout).toMatch(/^\d+ articles checked: \d+ errors?, \d+ warnings?$/m);
    expect(run.stdout).not.toContain('/work/');
  });
});
