import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listOutput } from '../../../src/build/output/kept-output.ts';
import { listOutputAhead, prepareOutput, pruneOutput } from '../../../src/build/output/output-in-place.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';
import { folderWith } from '../../support/temp-tree.ts';

const LONG_AGO = new Date(Date.now() - 3_600_000);

/** An output folder a last build finished an hour ago, recorded in `cache` as that build records it. */
function lastBuild(): { out: string; cache: string } {
  const out = folderWith({ 'index.html': '<p>home</p>', 'articles/a/index.html': '<p>a</p>', 'articles/a/index.html.gz': 'gz' });
  for (const file of listOutput(out)) utimesSync(join(out, file.path), LONG_AGO, LONG_AGO);
  const cache = folderWith({});
  pruneOutput(cache, out, Date.now(), new Set(listOutput(out).map((file) => file.path)));
  return { out, cache };
}

describe('prepareOutput with the listing made ahead, on a worker thread', () => {
  const silent = (): void => {};

  it.each([
    { name: 'untouched since the last build: trusted, every file kept', tamper: (): void => {}, kept: true },
    { name: 'a file added by something else: emptied, as Astro would', tamper: (out: string): void => writeFileSync(join(out, 'stray.html'), 'x'), kept: false },
    { name: 'a page touched by something else: emptied', tamper: (out: string): void => utimesSync(join(out, 'index.html'), new Date(), new Date()), kept: false },
  ])('$name', async ({ tamper, kept }) => {
    const { out, cache } = lastBuild();
    tamper(out);
    const messages: string[] = [];
    const since = await prepareOutput(cache, out, (message) => messages.push(message), listOutputAhead(out, PROJECT_ROOT));
    expect(existsSync(join(out, 'articles/a/index.html'))).toBe(kept);
    expect(messages).toEqual(kept ? [] : ['the output folder is not as the last build left it: emptying it']);
    // Every file the last build left is older than what this build will write.
    for (const file of listOutput(out)) expect(file.mtimeMs).toBeLessThan(since);
  });

  it('fails naming the folder when the listing cannot be made, and not before it is awaited', async () => {
    const file = join(folderWith({ 'not-a-folder': 'x' }), 'not-a-folder');
    const listing = listOutputAhead(file, PROJECT_ROOT);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(prepareOutput(folderWith({}), file, silent, listing)).rejects.toThrow(file);
  });
});

describe('pruneOutput', () => {
  it('deletes what the last build left and this one neither wrote nor kept, and gives the listing as it leaves the folder', () => {
    const { out, cache } = lastBuild();
    // A second back: the file system's clock may date a file just written a little before Date.now().
    const buildStarted = Date.now() - 1000;
    writeFileSync(join(out, 'articles/b.html'), '<p>b</p>');
    const listing = pruneOutput(cache, out, buildStarted, new Set(['articles/a/index.html']), listOutput(out));
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'articles/a/index.html.gz'))).toBe(false);
    expect(listing).toEqual(listOutput(out));
    expect(listing.map((file) => file.path)).toEqual(['articles/a/index.html', 'articles/b.html']);
  });
});
