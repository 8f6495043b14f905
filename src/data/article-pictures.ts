import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article } from '../lib/article.ts';
import { readImageSize } from '../lib/image-size.ts';
import { ownImageFile } from '../lib/seo/article-images.ts';

/** An article's own picture as the page shows it, with its size so nothing shifts as it loads. */
export interface ArticlePictureView {
  readonly src: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  readonly caption?: string;
  readonly credit?: string;
}

/**
 * The picture shown under the standfirst: the editor's file beside the article, published
 * beside the page. An `https://` picture is used for sharing only, since the pages' CSP
 * loads nothing from other origins.
 */
export async function articlePicture(article: Article): Promise<ArticlePictureView | undefined> {
  const image = article.image;
  const file = image === undefined ? undefined : ownImageFile(image.src);
  if (image === undefined || file === undefined) return undefined;
  const source = join(dirname(article.file), image.src);
  const size = readImageSize(await readFile(source));
  if (!size) throw new Error(`${article.file}: image.src: "${image.src}" is not a PNG, JPEG, GIF or WebP picture whose size can be read`);
  return {
    src: `${article.path}${file}`,
    alt: image.alt,
    ...size,
    ...(image.caption === undefined ? {} : { caption: image.caption }),
    ...(image.credit === undefined ? {} : { credit: image.credit }),
  };
}
