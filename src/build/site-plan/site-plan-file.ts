import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteConfig } from '../../lib/site-config.ts';
import { decodeSitePlan, type SitePlan } from '../../lib/site-plan/site-plan.ts';
import { writeFileAtomically } from '../output/write-file-atomically.ts';

/** The plan's file in the cache folder: another process can render pages from it without reading every article again. */
export function sitePlanFile(cacheDir: string): string {
  return join(cacheDir, 'site-plan.json');
}

/** Writes a build's plan, as its file text (`makeSitePlanWithText`), into its cache folder (whole or not at all). */
export function writeSitePlanFile(cacheDir: string, planText: readonly string[]): void {
  writeFileAtomically(sitePlanFile(cacheDir), planText);
}

/** Reads the plan the last build wrote into `cacheDir`; throws when it is missing, of another version, or damaged. */
export async function readSitePlanFile(cacheDir: string, site: SiteConfig): Promise<SitePlan> {
  return decodeSitePlan(await readFile(sitePlanFile(cacheDir), 'utf8'), site);
}

/** The plan a sharded build's shards and merge share, in the shards folder (`npm run build -- --plan` writes it). */
export function sharedSitePlanFile(shardsDir: string): string {
  return join(shardsDir, 'site-plan.json');
}

/** Writes the plan the shards of a build share (its file text, `makeSitePlanWithText`), with the digest of the code that made it. */
export function writeSharedSitePlan(shardsDir: string, planText: readonly string[], sourcesDigest: string): void {
  writeFileAtomically(sharedSitePlanFile(shardsDir), [`${JSON.stringify({ sourcesDigest })}\n`, ...planText]);
}

/**
 * The plan in the shards folder, when there is one: throws naming the file when it was made
 * by other code or from other content than this build's, since pages rendered from it would
 * not match the rest of the site.
 */
export async function readSharedSitePlan(shardsDir: string, site: SiteConfig, expected: { readonly sourcesDigest: string; readonly contentKey: string }): Promise<SitePlan | undefined> {
  const file = sharedSitePlanFile(shardsDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const again = 'make it again with `npm run build -- --plan`, or delete it';
  const newline = text.indexOf('\n');
  let header: { sourcesDigest?: string };
  let plan: SitePlan;
  try {
    header = JSON.parse(text.slice(0, Math.max(0, newline))) as { sourcesDigest?: string };
    if (header.sourcesDigest !== expected.sourcesDigest) throw new Error(`${file}: made by other code or settings than this build's; ${again}`);
    plan = decodeSitePlan(text.slice(newline + 1), site);
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.startsWith(file) ? message : `${file}: not a site plan this code can read (${message}); ${again}`, { cause: error });
  }
  if (plan.contentKey !== expected.contentKey) throw new Error(`${file}: planned from other articles than content/ now holds; ${again}`);
  return plan;
}
