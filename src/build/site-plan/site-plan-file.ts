import { existsSync, readdirSync, rmSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../lib/article.ts';
import { escapeJsonCharacters, PAST_ASCII } from '../../lib/json-escapes.ts';
import type { DealtPart } from '../../lib/shards/search-part-owners.ts';
import { readShardPlanText, shardPlanText, type ShardPlanCut, type ShardPlanHead } from '../../lib/shards/shard-plan.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import { decodeSitePlan, planDigestIn, type SitePlan } from '../../lib/site-plan/site-plan.ts';
import { writeFileAtomically } from '../output/write-file-atomically.ts';

/**
 * Removes the plan's file earlier builds wrote to the cache folder: a whole build no longer
 * writes its plan (decision 0029), and at archive scale the file is hundreds of megabytes.
 */
export function removeCachedSitePlanFile(cacheDir: string): void {
  rmSync(join(cacheDir, 'site-plan.json'), { force: true });
}

/** The plan a sharded build's shards and merge share, in the shards folder (`npm run build -- --plan` writes it). */
export function sharedSitePlanFile(shardsDir: string): string {
  return join(shardsDir, 'site-plan.json');
}

/**
 * The shared plan's first line and the opening of its second (its version and digest), which
 * `--plan --shards N` writes beside the shards' cuts: all a shard handed its cut reads of the
 * plan (the entries it checks its articles against, and the digest that names its cut), so a
 * CI shard job need not download the whole plan.
 */
export function sharedPlanHeadFile(shardsDir: string): string {
  return join(shardsDir, 'site-plan-head.json');
}

/** Whether the shards folder holds the plan's head (`sharedPlanHeadFile`) but not the plan: a shard that must then read its own cut. */
export function holdsOnlyThePlansHead(shardsDir: string): boolean {
  return existsSync(sharedPlanHeadFile(shardsDir)) && !existsSync(sharedSitePlanFile(shardsDir));
}

/** One entry of the content collection as the build that made the plan stored it: the article files it checked, by their text's digest. */
export interface CheckedEntry {
  readonly id: string;
  /** The file, relative to the project root, as the entry's `filePath`. */
  readonly file: string;
  readonly digest: string;
}

/** What the shared plan's build checked, from the first line of the plan's file: the entries, and the search parts, which say what shard renders (and so checks) each article. */
export interface CheckedContent {
  readonly entries: CheckedEntry[];
  readonly parts: DealtPart[];
  /** The plan's digest, as its second line opens with it (`readSharedPlanDigest`); undefined when it does not. */
  readonly planDigest: string | undefined;
}

/**
 * Writes the plan the shards of a build share (its file text, `makeSitePlanWithText`), after
 * a first line with the digest of the code that made it, the entries it checked (which let a
 * shard or the merge store the same entries without checking every article again) and the
 * plan's search parts (which let a shard tell its own articles before it reads the plan);
 * `withHead`, that line and the plan's digest alone beside it too (`sharedPlanHeadFile`).
 */
export function writeSharedSitePlan(
  shardsDir: string,
  planText: readonly string[],
  sourcesDigest: string,
  entries: readonly CheckedEntry[],
  parts: readonly DealtPart[],
  { withHead = false }: { readonly withHead?: boolean } = {},
): void {
  // The cuts and head of an earlier plan go with it: they name it, so no shard would read them.
  removeShardSitePlans(shardsDir);
  const head = JSON.stringify({
    // First: a reader of the plan checks it by the line's start alone (`firstLineStart`).
    sourcesDigest,
    entries: entries.map(({ id, file, digest }) => [id, file, digest]),
    parts: parts.map(({ path, year, slugs }) => [path, year, slugs]),
  });
  // ASCII, as the plan's text is (src/lib/site-plan/site-plan.ts): file names may be any Unicode.
  const firstLine = `${escapeJsonCharacters(head, PAST_ASCII)}\n`;
  writeFileAtomically(sharedSitePlanFile(shardsDir), [firstLine, ...planText]);
  // The plan's text opens with its version and digest (`makeSitePlanWithText`).
  if (withHead) writeFileAtomically(sharedPlanHeadFile(shardsDir), [firstLine, planText[0] ?? '']);
}

// How the first line of a plan made by the code with digest `sourcesDigest` begins, as JSON.stringify writes it.
const firstLineStart = (sourcesDigest: string): string => `{"sourcesDigest":${escapeJsonCharacters(JSON.stringify(sourcesDigest), PAST_ASCII)},`;

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * The entries and search parts the shared plan's build checked (`writeSharedSitePlan`), read
 * from the file's first line only (or from the plan's head, when the shards folder holds no
 * plan), and the plan's digest, from the opening of the second (which names the shard's cut of
 * it, and so is not read again); undefined when there is no such file, it was made by other
 * code than `sourcesDigest` names, or its first line cannot be read: the caller then checks
 * every article itself, and reading the plan says what is wrong with the file.
 */
export async function readCheckedContent(shardsDir: string, sourcesDigest: string): Promise<CheckedContent | undefined> {
  const opened = await planOpening(shardsDir);
  if (opened === undefined) return undefined;
  const { first: head, next } = opened;
  try {
    const parsed = JSON.parse(head) as { sourcesDigest?: unknown; entries?: unknown; parts?: unknown };
    if (parsed.sourcesDigest !== sourcesDigest || !Array.isArray(parsed.entries) || !Array.isArray(parsed.parts)) return undefined;
    const entries: CheckedEntry[] = [];
    for (const entry of parsed.entries as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 3 || !entry.every(isString)) return undefined;
      const [id, file, digest] = entry as [string, string, string];
      entries.push({ id, file, digest });
    }
    const parts: DealtPart[] = [];
    for (const part of parsed.parts as unknown[]) {
      if (!Array.isArray(part) || part.length !== 3) return undefined;
      const [path, year, slugs] = part as unknown[];
      if (!isString(path) || typeof year !== 'number' || !Array.isArray(slugs) || !slugs.every(isString)) return undefined;
      parts.push({ path, year, slugs });
    }
    return { entries, parts, planDigest: planDigestIn(next) };
  } catch {
    return undefined;
  }
}

// How much of the plan's second line holds its version and digest.
const PLAN_DIGEST_BYTES = 200;

// The plan's first line and the opening of its second: from the plan's file, else from its head
// beside the shards' cuts; undefined when there is neither.
async function planOpening(shardsDir: string): Promise<{ readonly first: string; readonly next: string } | undefined> {
  for (const file of [sharedSitePlanFile(shardsDir), sharedPlanHeadFile(shardsDir)]) {
    try {
      return await opening(file, PLAN_DIGEST_BYTES);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}

// The first line, and up to `nextBytes` bytes of the second (less when the file ends first): the
// plan after them is hundreds of megabytes at archive scale, and is not read.
async function opening(file: string, nextBytes: number): Promise<{ readonly first: string; readonly next: string }> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    const chunk = Buffer.alloc(1 << 20);
    let length = 0;
    let newline = -1;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (newline < 0) {
        const at = chunk.subarray(0, bytesRead).indexOf(10);
        if (at >= 0) newline = length + at;
      }
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
      length += bytesRead;
      if (bytesRead === 0 || (newline >= 0 && length > newline + nextBytes)) break;
    }
    const text = Buffer.concat(chunks);
    if (newline < 0) return { first: text.toString('utf8'), next: '' };
    return { first: text.subarray(0, newline).toString('utf8'), next: text.subarray(newline + 1, newline + 1 + nextBytes).toString('utf8') };
  } finally {
    await handle.close();
  }
}

/**
 * The digest of the shared plan, as its file's second line opens with it, read without the
 * plan (hundreds of megabytes at archive scale); undefined when there is no such file, it was
 * made by other code than `sourcesDigest` names, or its second line does not open with one.
 * The shards' manifests name the plan by this digest.
 */
export async function readSharedPlanDigest(shardsDir: string, sourcesDigest: string): Promise<string | undefined> {
  const opened = await planOpening(shardsDir);
  if (opened === undefined) return undefined;
  const { first, next } = opened;
  return first.startsWith(firstLineStart(sourcesDigest)) ? planDigestIn(next) : undefined;
}

// A file's text, or undefined when there is no such file.
async function textIfThere(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The plan in the shards folder, when there is one: throws naming the file when it was made
 * by other code or from other content than this build's, since pages rendered from it would
 * not match the rest of the site.
 */
export async function readSharedSitePlan(shardsDir: string, site: SiteConfig, expected: { readonly sourcesDigest: string; readonly contentKey: string }): Promise<SitePlan | undefined> {
  const file = sharedSitePlanFile(shardsDir);
  const text = await textIfThere(file);
  if (text === undefined) return undefined;
  const again = 'make it again with `npm run build -- --plan`, or delete it';
  const newline = text.indexOf('\n');
  let plan: SitePlan;
  try {
    // The first line begins with the code's digest (`writeSharedSitePlan`); the entries and parts after it, megabytes at archive scale, are the loader's to read.
    if (newline < 0 || !text.startsWith(firstLineStart(expected.sourcesDigest))) throw new Error(`${file}: made by other code or settings than this build's; ${again}`);
    plan = decodeSitePlan(text.slice(newline + 1), site);
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.startsWith(file) ? message : `${file}: not a site plan this code can read (${message}); ${again}`, { cause: error });
  }
  if (plan.contentKey !== expected.contentKey) throw new Error(`${file}: planned from other articles than content/ now holds; ${again}`);
  return plan;
}

/** The cut of the shared plan for shard `index` of `count` (`npm run build -- --plan --shards N` writes one for each), in the shards folder. */
export function shardSitePlanFile(shardsDir: string, index: number, count: number): string {
  return join(shardsDir, `site-plan-${index}-of-${count}.json`);
}

const SHARD_PLAN_FILE = /^site-plan-\d+-of-\d+\.json$/;

function removeShardSitePlans(shardsDir: string): void {
  if (!existsSync(shardsDir)) return;
  for (const name of readdirSync(shardsDir)) if (SHARD_PLAN_FILE.test(name)) rmSync(join(shardsDir, name), { force: true });
  rmSync(sharedPlanHeadFile(shardsDir), { force: true });
}

/** Writes shard `cut.shard`'s cut of the shared plan, made by the code with digest `sourcesDigest` (`articleJson`: the articles as the plan's build wrote them out). */
export function writeShardSitePlan(shardsDir: string, cut: ShardPlanCut, sourcesDigest: string, articleJson?: (article: Article) => string): void {
  writeFileAtomically(shardSitePlanFile(shardsDir, cut.shard.index, cut.shard.count), shardPlanText(cut, sourcesDigest, articleJson));
}

/**
 * The cut of the shared plan made for the shard `expected` names, when the shards folder holds
 * one made by this code from the plan it names; undefined otherwise (the shard then reads the
 * whole plan and cuts it itself). Throws naming the file when it cannot be read as a cut.
 */
export async function readShardSitePlan(shardsDir: string, site: SiteConfig, expected: ShardPlanHead): Promise<ShardPlanCut | undefined> {
  const file = shardSitePlanFile(shardsDir, expected.index, expected.count);
  const text = await textIfThere(file);
  if (text === undefined) return undefined;
  try {
    return readShardPlanText(text, expected, site);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}
