import { isFrontMatterError, parseFrontMatter } from '../content/front-matter.ts';
import type { ContentProblem } from '../content/problems.ts';
import type { ArticleSource, ValidationResult } from '../content/validate-articles.ts';
import { nestedFieldLine } from './field-line.ts';

/** An article's own picture as the editor gave it: a path from the article's folder. */
export interface PictureClaim {
  /** The article file, as problems name it. */
  readonly file: string;
  /** `image.src` as written (trimmed). */
  readonly src: string;
  /** 1-based line of `src` in the file (else of `image`), when known. */
  readonly line?: number;
}

/**
 * Every picture file the articles name (`https://` pictures are not files of ours): those of
 * the valid articles, and those of articles refused for another reason whose `image.src` the
 * schema let through, so one check reports a bad picture beside a bad date.
 */
export function pictureClaims(sources: readonly ArticleSource[], validation: ValidationResult): PictureClaim[] {
  const valid = new Map(validation.articles.map((article) => [article.file, article]));
  const imageReported = new Set(validation.problems.filter((p) => p.field === 'image' || p.field === 'image.src').map((p) => p.file));
  const claims: PictureClaim[] = [];
  for (const source of sources) {
    const article = valid.get(source.file);
    const found = article !== undefined ? { src: article.frontMatter.image?.src, lineOf: article.lineOf } : imageReported.has(source.file) ? undefined : pictureOfRefused(source);
    const src = found?.src;
    if (found === undefined || src === undefined || src === '' || /^https:\/\//i.test(src)) continue;
    const imageLine = found.lineOf('image');
    const line = imageLine === undefined ? undefined : (nestedFieldLine(source.text, imageLine, 'src') ?? imageLine);
    claims.push({ file: source.file, src, ...(line === undefined ? {} : { line }) });
  }
  return claims;
}

/** The problem of a claim that is refused: `file:line: image.src: message`. */
export function pictureProblem(claim: PictureClaim, message: string): ContentProblem {
  return { file: claim.file, ...(claim.line === undefined ? {} : { line: claim.line }), field: 'image.src', message, severity: 'error' };
}

// Articles refused for other reasons are few: their front matter is read again, theirs only.
function pictureOfRefused(source: ArticleSource): { src: string | undefined; lineOf: (field: string) => number | undefined } | undefined {
  const parsed = parseFrontMatter(source.text);
  if (isFrontMatterError(parsed)) return undefined;
  const image = parsed.data['image'];
  const src = image !== null && typeof image === 'object' ? (image as Record<string, unknown>)['src'] : undefined;
  return typeof src === 'string' ? { src: src.trim(), lineOf: parsed.lineOf } : undefined;
}
