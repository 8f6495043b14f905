import { copyFile, link, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { claimOutputFiles } from '../output/claimed-output.ts';
import { processGlobal } from '../../lib/process-global.ts';

// One session per build, shared by the integration that opens it and copies the images
// into the site and the page-side code that plans and draws them.
const PUBLISHED_IN_FLIGHT = 16;

/** One share image to publish: its file in the cache and its path in the site. */
export interface PlannedShareImage {
  readonly cacheFile: string;
  /** Site-relative path, e.g. `/articles/slug/share.png`. */
  readonly sitePath: string;
}

interface Session {
  planned?: readonly PlannedShareImage[];
  /** Resolves with how many images had to be drawn (not found in the cache). */
  drawing?: Promise<number>;
}

const current = processGlobal<Session>('share-image-session');

/** Starts a build's share-image session (integration, at build start). */
export function openShareImageSession(): void {
  current.set({});
}

/** Whether a build is publishing the share images (outside the page pipeline); not on the dev server. */
export function isPublishingShareImages(): boolean {
  return current.get() !== undefined;
}

/** Whether this build publishes share images and has not planned them yet. */
export function needsShareImagePlan(): boolean {
  const session = current.get();
  return session !== undefined && session.planned === undefined;
}

/** Records the build's share images, and the drawing of those not yet cached (running meanwhile). */
export function planShareImages(planned: readonly PlannedShareImage[], drawing: Promise<number>): void {
  const session = current.get();
  if (!session || session.planned) return;
  session.planned = planned;
  // Rejections surface in publishShareImages; until then they must not crash the build.
  drawing.catch(() => undefined);
  session.drawing = drawing;
}

/**
 * Puts the cached image `source` at `target`, unless a link to it or a copy made after it
 * was last written is already there. A hard link costs no copying (cache files are never
 * changed in place: a new drawing is written aside and renamed); a copy when the output is
 * on another disk.
 */
async function publishImage(source: string, target: string, made: Set<string>): Promise<void> {
  const [from, to] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
  if (to !== undefined && to.size === from.size && to.mtimeMs >= from.mtimeMs) return;
  if (to !== undefined) await rm(target, { force: true });
  if (!made.has(dirname(target))) {
    made.add(dirname(target));
    await mkdir(dirname(target), { recursive: true });
  }
  await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV' && error.code !== 'EPERM' && error.code !== 'ENOTSUP') throw error;
    await copyFile(source, target);
  });
}

/**
 * Waits for the drawing, then links (or copies) every planned image from the cache into
 * `outDir`, leaving in place those the last build put there that are still current. All are
 * claimed as this build's output: a link keeps the cache file's older modification time.
 * Returns how many were published and how many had to be drawn.
 */
export async function publishShareImages(outDir: string): Promise<{ published: number; drawn: number }> {
  const session = current.get();
  current.set(undefined);
  if (!session?.planned || !session.drawing) throw new Error('the article pages were never listed (src/data/build-outputs.ts), so the share images were never planned');
  const drawn = await session.drawing;
  const queue = [...session.planned];
  const made = new Set<string>();
  await Promise.all(Array.from({ length: PUBLISHED_IN_FLIGHT }, async () => {
    for (let image = queue.pop(); image !== undefined; image = queue.pop()) {
      await publishImage(image.cacheFile, join(outDir, image.sitePath), made);
    }
  }));
  claimOutputFiles(session.planned.map((image) => image.sitePath.replace(/^\//, '')));
  return { published: session.planned.length, drawn };
}
