import type { ArticleFrontMatter } from '../../lib/content/article-schema.ts';
import type { CheckedFrontMatter } from '../session/build-session.ts';

/**
 * A stored entry's front matter: the one the content loader checked in this process (the
 * session's `checkedFrontMatter`, decision 0028), for exactly the version of the file the store
 * holds. Throws naming the file otherwise: the loader has not run since the file changed.
 */
export function checkedFrontMatterOf(
  entry: { readonly id: string; readonly filePath?: string | undefined; readonly digest?: string | number | undefined },
  checked: ReadonlyMap<string, CheckedFrontMatter> | undefined,
): ArticleFrontMatter {
  const found = checked?.get(entry.id);
  if (found === undefined || found.digest !== String(entry.digest ?? '')) {
    throw new Error(`${entry.filePath ?? entry.id}: the content store holds a version of this file whose front matter this build did not check (the content loader has not run since it changed)`);
  }
  return found.frontMatter;
}
