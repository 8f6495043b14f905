import { sha256 } from '../hash.ts';

/**
 * The service worker's version, in its cache names: a digest of the site plan's inputs
 * (`planInputsKey`: every published article, body files included, and what else the plan is
 * made from) and of the code, config and lock file that built it. A build whose pages can differ names new caches, so browsers
 * install the new worker, which deletes the old caches; a build of the same content with the
 * same code keeps the same worker, byte for byte. The dev server has no code digest.
 */
export function workerVersion(planKey: string, sourcesDigest: string | undefined): string {
  return sha256(`${planKey}\0${sourcesDigest ?? 'dev'}`, 'base64url').slice(0, 16);
}
