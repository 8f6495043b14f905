import { isFrontMatterError, parseFrontMatter } from '../content/front-matter.ts';
import { articleSlug, type ArticleSource } from '../content/validate-articles.ts';
import { isValidSlug, slugFromFileName } from '../slugs.ts';

/** The article that already answers to a slug: as its own slug, or as an old one (alias). */
export interface SlugHolder {
  readonly file: string;
  readonly as: 'slug' | 'alias';
}

/**
 * Every slug the articles answer to, with the file that holds it, as the build assigns them:
 * the `slug` field, else the file name; plus their aliases. A file whose front matter cannot
 * be read still holds the slug of its name, since it will once it is fixed.
 */
export function slugHolders(sources: readonly ArticleSource[]): Map<string, SlugHolder> {
  const holders = new Map<string, SlugHolder>();
  for (const source of sources) {
    const parsed = parseFrontMatter(source.text);
    const data = isFrontMatterError(parsed) ? {} : parsed.data;
    const aliases = Array.isArray(data['aliases']) ? data['aliases'] : [];
    for (const alias of aliases) {
      if (typeof alias === 'string' && isValidSlug(alias) && !holders.has(alias)) holders.set(alias, { file: source.file, as: 'alias' });
    }
    const { slug } = isFrontMatterError(parsed) ? { slug: slugFromFileName(source.file) } : articleSlug(data, source.file);
    if (slug !== '') holders.set(slug, { file: source.file, as: 'slug' });
  }
  return holders;
}

/** Where a new article goes, relative to the articles folder, or why it cannot go anywhere. */
export type ArticlePlace = { ok: true; file: string; replaces: boolean } | { ok: false; message: string };

/**
 * Places a new article with `slug` as `<slug>.md` at the top of the articles folder. A slug
 * already taken is refused, unless `replace` is set and the holder is an article with that
 * slug, which is then overwritten where it stands (so no second article takes its slug).
 */
export function placeArticle(slug: string, holders: ReadonlyMap<string, SlugHolder>, replace: boolean): ArticlePlace {
  const file = `${slug}.md`;
  const holder = holders.get(slug);
  if (holder?.as === 'alias') {
    return { ok: false, message: `the slug "${slug}" is an old slug (alias) of ${holder.file}: change the headline or that alias` };
  }
  if (holder && !replace) {
    return { ok: false, message: `the slug "${slug}" is taken by ${holder.file}: change the headline, or use --force to replace that article` };
  }
  if (holder) return { ok: true, file: holder.file, replaces: true };
  const occupant = [...holders.values()].find((h) => h.file === file && h.as === 'slug');
  if (occupant) {
    return { ok: false, message: `${file} already exists and holds another article (its \`slug\` field gives it another slug): change the headline` };
  }
  return { ok: true, file, replaces: false };
}
