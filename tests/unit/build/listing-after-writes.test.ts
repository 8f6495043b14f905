import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilesUnder, listOutput, type OutputFile } from '../../../src/build/output/kept-output.ts';
import { beginOutputListing, checkOutputListing, listingAfterWrites, outputListingChecked, type OutputWrites } from '../../../src/build/output/listing-after-writes.ts';
import { PROJECT_ROOT } from '../../support/build-site.ts';
import { folderWith } from '../../support/temp-tree.ts';

// An output folder as a build leaves it before its last steps: pages, a search part, a sitemap.
const site = (): string =>
  folderWith({
    'index.html': 'front page',
    'articles/a/index.html': 'article a',
    'pagefind/old-key/pagefind-entry.json': '{}',
    'pagefind/old-key/fragment/en_1.pf_fragment': 'fragment',
    'pagefind/kept-key/pagefind-entry.json': '{}',
    'sitemap-0.xml': '<urlset/>',
  });

const write = (dir: string, path: string, text: string): void => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

// What a build's last steps do: a search part replaced whole, a sitemap rewritten, a new card, and a file named that is gone again.
function lastSteps(dir: string): OutputWrites {
  rmSync(join(dir, 'pagefind/old-key'), { recursive: true });
  write(dir, 'pagefind/old-key/pagefind-entry.json', '{"version":2}');
  write(dir, 'pagefind/old-key/index/en_1.pf_index', 'index');
  write(dir, 'sitemap-0.xml', '<urlset><url/></urlset>');
  write(dir, 'share/a.png', 'png');
  write(dir, 'share/withdrawn.png', 'png');
  rmSync(join(dir, 'share/withdrawn.png'));
  return { files: ['sitemap-0.xml', 'share/a.png', 'share/withdrawn.png'], folders: ['pagefind/old-key'] };
}

describe('the output listing completed with what the last steps wrote', () => {
  it('is the folder as it is after them, when made before them', () => {
    const dir = site();
    const before = listOutput(dir);
    const writes = lastSteps(dir);
    expect(listingAfterWrites(before, dir, writes)).toEqual(listOutput(dir));
  });

  it('is the folder as it is after them, when begun on threads beside them', async () => {
    const dir = site();
    const begun = beginOutputListing(dir, PROJECT_ROOT);
    const writes = lastSteps(dir);
    expect(await begun.after(writes)).toEqual(listOutput(dir));
  });

  it('leaves out a file or folder deleted while it is listed, instead of failing', () => {
    const dir = site();
    const files: OutputFile[] = [];
    listFilesUnder(join(dir, 'pagefind/deleted-key'), 'pagefind/deleted-key/', files);
    expect(files).toEqual([]);
  });
});

describe('checkOutputListing (DISPATCH_CHECK_OUTPUT_LISTING, set by the build tests)', () => {
  it('passes a listing that is the folder', () => {
    const dir = site();
    expect(() => checkOutputListing(dir, listOutput(dir))).not.toThrow();
  });

  it.each<[string, (dir: string) => void, string]>([
    ['a file written and not named', (dir) => write(dir, 'feeds/new.xml', '<feed/>'), 'feeds/new.xml: in the folder, not in the build'],
    ['a file deleted and not named', (dir) => rmSync(join(dir, 'sitemap-0.xml')), "sitemap-0.xml: in the build's listing, not in the folder"],
    ['a file written again and not named', (dir) => utimesSync(join(dir, 'index.html'), new Date(), new Date(Date.now() + 5000)), 'index.html: written again'],
  ])('fails, naming the file, for %s', (_what, change, message) => {
    const dir = site();
    const listing = listOutput(dir);
    change(dir);
    expect(() => checkOutputListing(dir, listing)).toThrow(message);
  });

  it.each([
    [{ DISPATCH_CHECK_OUTPUT_LISTING: '1' }, true],
    [{ DISPATCH_CHECK_OUTPUT_LISTING: '0' }, false],
    [{}, false],
  ])('is on only when asked for: %o', (environment, on) => {
    expect(outputListingChecked(environment)).toBe(on);
  });
});
