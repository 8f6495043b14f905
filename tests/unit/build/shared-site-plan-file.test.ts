import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DealtPart } from '../../../src/lib/shards/search-part-owners.ts';
import {
  holdsOnlyThePlansHead,
  readCheckedContent,
  readSharedPlanDigest,
  readSharedSitePlan,
  sharedPlanHeadFile,
  sharedSitePlanFile,
  writeSharedSitePlan,
  type CheckedEntry,
} from '../../../src/build/site-plan/site-plan-file.ts';
import { makeSitePlanWithText } from '../../../src/lib/site-plan/site-plan.ts';
import { planParts } from '../fixtures.ts';
import { siteConfig } from '../../../src/site.config.ts';

const ENTRIES: CheckedEntry[] = [
  { id: 'kim-jong-un-in-russia', file: 'content/articles/kim-jong-un-in-russia.md', digest: 'a0382f4cb9161b1f' },
  // File names are any Unicode; the plan's file stays ASCII.
  { id: 'zurich-strike', file: 'content/articles/zürich/streik-in-zürich.md', digest: '5e65e49de246d2dd' },
];

const PARTS: DealtPart[] = [{ path: '/pagefind/2023/', year: 2023, slugs: ['kim-jong-un-in-russia', 'zurich-strike'] }];

function shardsFolder(): string {
  return mkdtempSync(join(tmpdir(), 'dispatch-plan-file-'));
}

describe('the entries and search parts a shared site plan was checked from', () => {
  it('reads back the entries and parts the plan’s build wrote, from an ASCII first line, before the plan', async () => {
    const dir = shardsFolder();
    writeSharedSitePlan(dir, ['{"version":1,', '"articles":[]}'], 'code-1', ENTRIES, PARTS);
    const text = readFileSync(sharedSitePlanFile(dir), 'utf8');
    expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
    expect(text.slice(text.indexOf('\n') + 1)).toBe('{"version":1,"articles":[]}');
    expect(await readCheckedContent(dir, 'code-1')).toEqual({ entries: ENTRIES, parts: PARTS });
  });

  it('reads the first line of a plan longer than one read', async () => {
    const dir = shardsFolder();
    const many = Array.from({ length: 30_000 }, (_, i) => ({ id: `article-${i}`, file: `content/articles/article-${i}.md`, digest: i.toString(16).padStart(16, '0') }));
    const parts = [{ path: '/pagefind/1/', year: 2001, slugs: many.map(({ id }) => id) }];
    writeSharedSitePlan(dir, ['x'.repeat(3 << 20)], 'code-1', many, parts);
    expect(await readCheckedContent(dir, 'code-1')).toEqual({ entries: many, parts });
  });

  it.each([
    ['no plan in the folder', () => undefined],
    ['a plan made by other code', (dir: string) => writeSharedSitePlan(dir, ['{}'], 'code-0', ENTRIES, PARTS)],
    ['a plan of an older version, without entries', (dir: string) => writeFileSync(sharedSitePlanFile(dir), '{"sourcesDigest":"code-1"}\n{}')],
    ['a damaged first line', (dir: string) => writeFileSync(sharedSitePlanFile(dir), '{"sourcesDigest":"code-1","entries":[["a","b"\n{}')],
    ['an entry of the wrong shape', (dir: string) => writeFileSync(sharedSitePlanFile(dir), '{"sourcesDigest":"code-1","entries":[["a","b",3]],"parts":[]}\n{}')],
    ['a plan of an older version, without parts', (dir: string) => writeFileSync(sharedSitePlanFile(dir), '{"sourcesDigest":"code-1","entries":[["a","b","c"]]}\n{}')],
    ['a part of the wrong shape', (dir: string) => writeFileSync(sharedSitePlanFile(dir), '{"sourcesDigest":"code-1","entries":[["a","b","c"]],"parts":[["/p/",2023,[1]]]}\n{}')],
  ])('gives nothing, so every article is checked again, for %s', async (_, make) => {
    const dir = shardsFolder();
    make(dir);
    expect(await readCheckedContent(dir, 'code-1')).toBeUndefined();
  });
});

describe('readSharedSitePlan: the plan a shard or the merge renders from', () => {
  const expected = { sourcesDigest: 'code-1', contentKey: 'content-1' };

  it('finds none when no plan was made', async () => {
    expect(await readSharedSitePlan(shardsFolder(), siteConfig, expected)).toBeUndefined();
  });

  it.each([
    ['made by other code', 'code-0', ['{}'], "made by other code or settings than this build's"],
    ['that is not a plan', 'code-1', ['{}'], 'not a site plan this code can read'],
  ])('refuses, naming the file, a plan %s', async (_, code, text, message) => {
    const dir = shardsFolder();
    writeSharedSitePlan(dir, text, code, ENTRIES, PARTS);
    await expect(readSharedSitePlan(dir, siteConfig, expected)).rejects.toThrow(`${sharedSitePlanFile(dir)}: ${message}`);
  });
});

describe('readSharedPlanDigest: the digest the shards’ manifests name, read without the plan', () => {
  const parts = planParts({ contentKey: 'content-1' });

  it('is the digest of the plan the file holds, behind a first line longer than one read', async () => {
    const dir = shardsFolder();
    const { plan, text } = makeSitePlanWithText(parts, siteConfig);
    const many = Array.from({ length: 30_000 }, (_, i) => ({ id: `article-${i}`, file: `content/articles/article-${i}.md`, digest: i.toString(16).padStart(16, '0') }));
    writeSharedSitePlan(dir, text, 'code-1', many, PARTS);
    expect(plan.digest).toMatch(/^[\w-]{40,}$/);
    expect(await readSharedPlanDigest(dir, 'code-1')).toBe(plan.digest);
    // Read with the entries too, so that a shard finds its cut of the plan without reading the first line again.
    expect((await readCheckedContent(dir, 'code-1'))?.planDigest).toBe(plan.digest);
  });

  it.each([
    ['no plan in the folder', () => undefined],
    ['a plan made by other code', (dir: string) => writeSharedSitePlan(dir, makeSitePlanWithText(parts, siteConfig).text, 'code-0', ENTRIES, PARTS)],
    ['a plan whose second line does not open with its digest', (dir: string) => writeSharedSitePlan(dir, ['{"articles":[]}'], 'code-1', ENTRIES, PARTS)],
  ])('gives nothing, so the merge takes every file itself, for %s', async (_, make) => {
    const dir = shardsFolder();
    make(dir);
    expect(await readSharedPlanDigest(dir, 'code-1')).toBeUndefined();
  });
});

describe('the plan’s head beside the shards’ cuts: what a shard handed only its cut reads of the plan', () => {
  const parts = planParts({ contentKey: 'content-1' });

  it('gives the entries, search parts and plan digest the plan’s file gives, without the plan', async () => {
    const dir = shardsFolder();
    const { plan, text } = makeSitePlanWithText(parts, siteConfig);
    writeSharedSitePlan(dir, text, 'code-1', ENTRIES, PARTS, { withHead: true });
    const fromPlan = await readCheckedContent(dir, 'code-1');
    expect(fromPlan).toEqual({ entries: ENTRIES, parts: PARTS, planDigest: plan.digest });
    expect(holdsOnlyThePlansHead(dir)).toBe(false);
    // What a CI shard job downloads: the head and the cuts, not the plan.
    rmSync(sharedSitePlanFile(dir));
    expect(holdsOnlyThePlansHead(dir)).toBe(true);
    expect(await readCheckedContent(dir, 'code-1')).toEqual(fromPlan);
    expect(await readSharedPlanDigest(dir, 'code-1')).toBe(plan.digest);
    // The head holds none of the plan's articles.
    expect(readFileSync(sharedPlanHeadFile(dir), 'utf8')).not.toContain('"articles"');
    // Made by other code, it names no plan and no entries, as the plan's file would not.
    expect(await readCheckedContent(dir, 'code-0')).toBeUndefined();
    expect(await readSharedPlanDigest(dir, 'code-0')).toBeUndefined();
  });

  it('is written only when asked (with the cuts), and a plan written again takes an earlier plan’s head away', () => {
    const dir = shardsFolder();
    const { text } = makeSitePlanWithText(parts, siteConfig);
    writeSharedSitePlan(dir, text, 'code-1', ENTRIES, PARTS, { withHead: true });
    expect(existsSync(sharedPlanHeadFile(dir))).toBe(true);
    writeSharedSitePlan(dir, text, 'code-1', ENTRIES, PARTS);
    expect(existsSync(sharedPlanHeadFile(dir))).toBe(false);
  });
});
