import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteConfig } from '../../lib/site-config.ts';
import { decodeSitePlan, encodeSitePlan, type SitePlan } from '../../lib/site-plan/site-plan.ts';
import { writeFileAtomically } from '../output/write-file-atomically.ts';

/** The plan's file in the cache folder: another process can render pages from it without reading every article again. */
export function sitePlanFile(cacheDir: string): string {
  return join(cacheDir, 'site-plan.json');
}

/** Writes a build's plan into its cache folder (whole or not at all). */
export function writeSitePlanFile(cacheDir: string, plan: SitePlan): void {
  writeFileAtomically(sitePlanFile(cacheDir), encodeSitePlan(plan));
}

/** Reads the plan the last build wrote into `cacheDir`; throws when it is missing, of another version, or damaged. */
export async function readSitePlanFile(cacheDir: string, site: SiteConfig): Promise<SitePlan> {
  return decodeSitePlan(await readFile(sitePlanFile(cacheDir), 'utf8'), site);
}
