import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, expectSameFiles, fingerprint, PROJECT_ROOT, type BuiltSite } from '../support/build-site.ts';

/** The keys of the search index's parts a site holds. */
function searchParts(site: BuiltSite): string[] {
  return site
    .files()
    .filter((file) => file.endsWith('pagefind-entry.json'))
    .map((file) => file.split('/')[1] ?? '');
}

// Every build here runs at the same moment, so feeds and sitemaps may be compared. The
// search index comes in parts of four articles, so an edit leaves some parts as they were.
const env = { DISPATCH_NOW: '2026-11-30T12:00:00Z', DISPATCH_SEARCH_SHARD_SIZE: '4' };

describe('a rebuild after editing articles is the site a cold build makes', () => {
  const work = mkdtempSync(join(tmpdir(), 'dispatch-rebuild-'));
  const content = join(work, 'articles');
  const sharedCache = join(work, 'cache');
  const site = join(work, 'site');
  let first: BuiltSite;
  let rebuilt: BuiltSite;
  let rebuiltFiles: Record<string, string>;
  let afterTampering: BuiltSite;
  let cold: BuiltSite;
  let samples: string[];
  let withdrawn: string;
  let cachedBodies: number;
  let firstParts: string[];

  beforeAll(() => {
    cpSync(join(PROJECT_ROOT, 'content/articles'), content, { recursive: true });
    first = buildSite(content, { env, cacheDir: sharedCache, outDir: site });
    firstParts = searchParts(first);

    // An editor's morning: one story corrected, one withdrawn, one new.
    samples = readdirSync(join(content, 'samples'))
      .filter((f) => f.endsWith('.md'))
      .sort();
    const edited = join(content, 'samples', samples[0] ?? '');
    writeFileSync(
      edited,
      readFileSync(edited, 'utf8')
        .replace(/^title: .*$/m, 'title: "Corrected: a headline changed after publication"')
        .trimEnd() + '\n\nA paragraph added in the correction.\n',
    );
    // A story no other names (in `related` or `translations`): withdrawing one that is named is an error.
    const texts = new Map(samples.map((file) => [file, readFileSync(join(content, 'samples', file), 'utf8')]));
    withdrawn = samples.slice(1).find((file) => ![...texts].some(([other, text]) => other !== file && text.includes(file.replace(/\.md$/, '')))) ?? '';
    rmSync(join(content, 'samples', withdrawn));
    writeFileSync(
      join(content, 'samples', 'late-arrival.md'),
      '---\ntitle: "A late story about the Kestrin Dam"\ndate: 2023-10-02T09:00:00Z\nsection: world\ntags: [Kestrin Dam]\n---\n\nThis is a sample article written for the rebuild test. Engineers at the Kestrin Dam reported new readings.\n',
    );

    // Into the same folder: the last build's pages stay where they are unless they changed.
    rebuilt = buildSite(content, { env, cacheDir: sharedCache, outDir: site });
    rebuiltFiles = fingerprint(rebuilt);
    cachedBodies = readdirSync(join(sharedCache, 'article-bodies')).length;

    // Somebody else writes into the output between builds: the next build must not trust it.
    writeFileSync(join(site, 'stray.html'), '<p>not ours</p>');
    writeFileSync(join(site, 'articles', (samples[2] ?? '').replace(/\.md$/, ''), 'index.html'), '<p>overwritten</p>');
    afterTampering = buildSite(content, { env, cacheDir: sharedCache, outDir: site });

    // The cold build cannot keep its related links (a folder stands where their file goes): it must still build the same site.
    mkdirSync(join(work, 'cold-cache', 'related-and-stories.json', 'in-the-way'), { recursive: true });
    cold = buildSite(content, { env, cacheDir: join(work, 'cold-cache'), outDir: join(work, 'cold') });
  }, 300_000);

  it('builds every time', () => {
    for (const built of [first, rebuilt, afterTampering, cold]) expect(built.status, built.output.slice(-3000)).toBe(0);
  });

  it('keeps unchanged pages from the last build instead of rendering them again', () => {
    // The log counts the pages instead of listing each (src/build/log/build-log.ts).
    const tally = /(\d[\d,]*) files: (\d[\d,]*) rendered, (\d[\d,]*) kept from the last build/.exec(rebuilt.output);
    const [files, rendered, kept] = (tally ?? []).slice(1).map((n) => Number(n.replaceAll(',', '')));
    expect(kept, rebuilt.output.slice(-3000)).toBeGreaterThan(0);
    expect((rendered ?? 0) + (kept ?? 0)).toBe(files);
    // On a busy machine the line goes on to name the slowest pages ("…rendered; 6 took 500 ms or more…").
    expect(first.output).toMatch(/\d[\d,]* files: \d[\d,]* rendered(\n|; \d+ took)/);
    expect(first.output).not.toMatch(/kept from the last build|restored from Astro's copies/);
    expect(rebuilt.output).not.toMatch(/├─/);
    // The output the first build left is trusted as it is: what it recorded is what the second listed.
    expect(rebuilt.output).not.toMatch(/not as the last build left it/);
    expect(afterTampering.output).toMatch(/not as the last build left it/);
  });

  it('shows the correction, drops the withdrawn story and publishes the new one', () => {
    const correctedSlug = (samples[0] ?? '').replace(/\.md$/, '');
    const withdrawnSlug = withdrawn.replace(/\.md$/, '');
    expect(rebuilt.read(`articles/${correctedSlug}/index.html`)).toContain('Corrected: a headline changed after publication');
    expect(rebuilt.exists(`articles/${withdrawnSlug}/index.html`)).toBe(false);
    expect(rebuilt.exists('articles/late-arrival/index.html')).toBe(true);
  });

  it('writes byte for byte the files of a cold build of the same content', () => {
    const a = rebuiltFiles;
    const b = fingerprint(cold);
    expectSameFiles(a, b);
  });

  it('computes the related links again after an edit, and keeps them when no article changed (the site then is still a cold build’s, next test)', () => {
    expect(rebuilt.output).toMatch(/related links and stories of \d+ articles: computed/);
    expect(afterTampering.output).toMatch(/related links and stories of \d+ articles: nothing they are made from changed, kept from the last build/);
    expect(cold.output).toMatch(/related links and stories of \d+ articles: computed; not kept for the next build \(.*related-and-stories\.json/);
  });

  it('indexes for search again only the parts of the index holding the changed articles', () => {
    const summary = /search index of (\d+) articles in (\d+) part\(s\): (\d+) indexed, (\d+) unchanged/.exec(rebuilt.output);
    expect(summary, rebuilt.output.slice(-3000)).not.toBeNull();
    const [, , total, indexed, unchanged] = summary!.map(Number);
    expect(total).toBe(searchParts(rebuilt).length);
    expect(total).toBeGreaterThanOrEqual(3);
    // Three articles changed (corrected, withdrawn, added): at most three parts.
    expect(indexed).toBeGreaterThanOrEqual(1);
    expect(indexed).toBeLessThanOrEqual(3);
    expect(unchanged).toBe(total! - indexed!);
    expect(searchParts(rebuilt).filter((key) => firstParts.includes(key))).toHaveLength(unchanged!);
  });

  it('keeps one rendered body per published article for the next build, the corrected one’s old version pruned', () => {
    const published = rebuilt.files().filter((file) => /^articles\/[^/]+\/index\.html$/.test(file) && !rebuilt.read(file).includes('http-equiv="refresh"'));
    expect(cachedBodies).toBe(published.length);
  });

  it('refills an emptied output folder from Astro’s own copies of the unchanged pages, without rendering them again', () => {
    // Astro's incremental build keeps a copy of every page it renders in cacheDir/dist/ (no
    // framework internals replaced: docs/decisions/0001); the next test checks the result is
    // the site a cold build makes.
    expect(existsSync(join(sharedCache, 'dist'))).toBe(true);
    expect(afterTampering.output).toMatch(/\d[\d,]* files: \d[\d,]* rendered, [\d,]+ restored from Astro's copies/);
  });

  it('starts afresh when the output was changed by something else since the last build', () => {
    const a = fingerprint(afterTampering);
    const b = fingerprint(cold);
    expect(afterTampering.exists('stray.html')).toBe(false);
    expectSameFiles(a, b);
  });
});
