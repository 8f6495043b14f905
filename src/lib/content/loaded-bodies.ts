import { processGlobal } from '../process-global.ts';

/** One article body as the content loader read it, with the digest of its file's text. */
export interface LoadedBody {
  readonly digest: string;
  readonly body: string;
}

// Shared by the content loader and the page modules of one build (separate module instances).
const current = processGlobal<Map<string, LoadedBody>>('loaded-bodies');

/**
 * Offers the bodies the content loader has just read (slug → body), so that the articles are
 * made without reading every file a second time: the content store holds no bodies.
 */
export function offerLoadedBodies(bodies: Map<string, LoadedBody>): void {
  current.set(bodies);
}

/**
 * The body the loader read for `slug` if it is of the file version `digest`, else undefined
 * (read the file). Each body is handed out once and then forgotten, so none stays in memory.
 */
export function takeLoadedBody(slug: string, digest: string): string | undefined {
  const bodies = current.get();
  const loaded = bodies?.get(slug);
  if (bodies === undefined || loaded === undefined) return undefined;
  bodies.delete(slug);
  if (bodies.size === 0) current.set(undefined);
  return loaded.digest === digest ? loaded.body : undefined;
}
