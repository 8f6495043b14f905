import { copyFile, link, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pMap from 'p-map';
import type { PlannedShareImage } from '../../lib/site-plan/site-plan.ts';
import { shareImageCacheFile } from './share-image-cache.ts';

// Files linked or copied at once: enough to keep the disk busy, few enough to stay far from the open-files limit.
const PUBLISHED_IN_FLIGHT = 16;

/**
 * Puts the cached image `source` at `target`, unless a link to it or a copy made after it
 * was last written is already there. A hard link costs no copying (cache files are never
 * changed in place: a new drawing is written aside and renamed); a copy when the output is
 * on another disk.
 */
async function publishImage(source: string, target: string): Promise<void> {
  const [from, to] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
  if (to !== undefined && to.size === from.size && to.mtimeMs >= from.mtimeMs) return;
  if (to !== undefined) await rm(target, { force: true });
  await mkdir(dirname(target), { recursive: true });
  await link(source, target).catch(async (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    await copyFile(source, target);
  });
}

/**
 * Links (or copies) every planned image whose site path `owns` says this process publishes
 * (a shard's; by default all) from the share-image cache `cacheDir` into `outDir`, leaving in
 * place those the last build put there that are still current, once `drawing` (the images not
 * yet cached) is done. Every image published is added to `claimed`, this build's output it did
 * not write: a link keeps the cache file's older modification time. Returns how many were
 * published and drawn, and the images' files (paths inside the output folder).
 */
export async function publishShareImages(
  images: readonly PlannedShareImage[],
  drawing: Promise<number>,
  cacheDir: string,
  outDir: string,
  claimed: Set<string>,
  owns: (sitePath: string) => boolean = () => true,
): Promise<{ published: number; drawn: number; files: string[] }> {
  const drawn = await drawing;
  const mine = images.filter((image) => owns(image.sitePath));
  await pMap(mine, (image) => publishImage(shareImageCacheFile(cacheDir, image), join(outDir, image.sitePath)), { concurrency: PUBLISHED_IN_FLIGHT });
  const files = mine.map((image) => image.sitePath.replace(/^\//, ''));
  for (const file of files) claimed.add(file);
  return { published: mine.length, drawn, files };
}

/** The build's log line about share images: how many published and drawn, and how many articles still wait for their own card. */
export function shareImagesReport({ published, drawn }: { published: number; drawn: number }, waiting: number): string {
  const cards = `${published} share images published, ${drawn} drawn (the rest from the image cache)`;
  if (waiting === 0) return `${cards}; every article has its own card`;
  const who = waiting === 1 ? '1 article waits for its own card, shown with its section' : `${waiting} articles wait for their own card, shown with their section`;
  return `${cards}; ${who}'s until a later build draws it (newest first, at most shareImageBudget a build)`;
}

/**
 * The build's log line about the cards drawn ahead, which the next build publishes, and how to
 * draw the rest at once when they were not all drawn; undefined when there were none to draw.
 */
export function shareImagesAheadReport({ drawn, planned }: { drawn: number; planned: number }): string | undefined {
  if (planned === 0) return undefined;
  const line = `${drawn} of ${planned} share cards drawn ahead while the build ran, for the next build to publish`;
  if (drawn === planned) return line;
  return `${line}; the other ${planned - drawn} were left when this build's own work was done (a build with DISPATCH_SHARE_IMAGE_BUDGET set to the number of articles draws every missing card, and waits for them)`;
}
