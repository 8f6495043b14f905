import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOutput } from '../../../src/build/output/kept-output.ts';
import { listOutputOnThreads } from '../../../src/build/output/listing-on-threads.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** An output folder like a built site's: pages in folders two and three levels down, files at the top, a `.git` folder, an empty folder, names in several scripts. */
function outputFolder(articles: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-listing-'));
  const write = (path: string, text: string): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('index.html', '<p>front page</p>');
  write('robots.txt', 'User-agent: *');
  write('.git/HEAD', 'ref: refs/heads/main');
  write('articles/readme.txt', 'a file one level down');
  mkdirSync(join(dir, 'empty/folder'), { recursive: true });
  for (let i = 0; i < articles; i++) {
    const slug = i % 3 === 0 ? `київ-${i}` : i % 3 === 1 ? `東京-${i}` : `harbour-${i}`;
    write(`articles/${slug}/index.html`, `<h1>${slug}</h1>`.repeat(1 + (i % 5)));
    if (i % 4 === 0) write(`articles/${slug}/index.html.gz`, 'x');
  }
  write('topics/ports/page/2/index.html', '<p>page two</p>');
  write('pagefind/2026/0/pagefind-entry.json', '{}');
  return dir;
}

describe('listing the output on threads', () => {
  const dir = outputFolder(60);

  it.each<[string, number, number]>([
    ['on this thread, below the threshold', 2, 1000],
    ['on two threads', 2, 1],
    ['on three threads', 3, 1],
    ['with one thread asked for', 1, 1],
  ])('gives what one listing gives, %s', async (_, threads, threshold) => {
    const listed = await listOutputOnThreads(dir, ROOT, threads, threshold);
    expect(listed).toEqual(listOutput(dir));
    expect(listed.some((file) => file.path.startsWith('.git'))).toBe(false);
    expect(listed).toHaveLength(3 + 60 + 15 + 2);
  });

  it('gives nothing for an output folder not made yet', async () => {
    expect(await listOutputOnThreads(join(dir, 'not-made'), ROOT, 2, 1)).toEqual([]);
  });
});
