import { formatProblem } from '../../lib/content/problems.ts';
import { checkPicture, type CheckedPicture, type PictureCheckContext } from './check-pictures.ts';

/**
 * The checked picture of the article in `file` whose `image.src` is `src`, checked by the
 * same rules as the content loader's (a page never trusts a path the loader saw earlier, and
 * no state is shared across the build's modules for it). Throws `file:line: image.src: …`.
 */
export function checkedPictureOf(file: string, src: string, context: () => PictureCheckContext): CheckedPicture {
  const checked = checkPicture({ file, src }, context());
  if ('message' in checked) throw new Error(formatProblem(checked));
  return checked;
}
