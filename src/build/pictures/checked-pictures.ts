import { formatProblem } from '../../lib/content/problems.ts';
import { processGlobal } from '../../lib/process-global.ts';
import { checkPicture, type CheckedPicture, type PictureCheckContext } from './check-pictures.ts';

// Shared by the content loader and the page modules of one build (separate module instances).
const current = processGlobal<ReadonlyMap<string, CheckedPicture>>('checked-pictures');

/** Keeps the pictures the content loader has just checked (article file → picture) for the pages. */
export function recordCheckedPictures(pictures: ReadonlyMap<string, CheckedPicture>): void {
  current.set(pictures);
}

/**
 * The checked picture of the article in `file` whose `image.src` is `src`: the loader's, or,
 * when it checked none of that path (a page module of a dev server whose content changed
 * since), checked here by the same rules. Throws the problem as `file:line: image.src: …`.
 */
export function checkedPictureOf(file: string, src: string, context: () => PictureCheckContext): CheckedPicture {
  const recorded = current.get()?.get(file);
  if (recorded !== undefined && recorded.src === src) return recorded;
  const checked = checkPicture({ file, src }, context());
  if ('message' in checked) throw new Error(formatProblem(checked));
  return checked;
}
