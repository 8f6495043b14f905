import { checkedPictureOf } from '../build/pictures/checked-pictures.ts';
import { pictureCheckContext, type CheckedPicture } from '../build/pictures/check-pictures.ts';
import { articlesDir } from '../build/content/articles-loader.ts';
import type { Article } from '../lib/article.ts';
import { ownImageFile } from '../lib/seo/article-images.ts';
import { siteConfig } from '../site.config.ts';

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
 * loads nothing from other origins. Its size is the one the content loader read when it
 * checked the file, so the page needs no read of its own.
 */
export async function articlePicture(article: Article): Promise<ArticlePictureView | undefined> {
  const image = article.image;
  if (image === undefined || ownImageFile(image.src) === undefined) return undefined;
  const picture = ownPicture(article);
  return {
    src: `${article.path}${picture.publishedName}`,
    alt: image.alt,
    width: picture.width,
    height: picture.height,
    ...(image.caption === undefined ? {} : { caption: image.caption }),
    ...(image.credit === undefined ? {} : { credit: image.credit }),
  };
}

/**
 * The checked picture file of an article whose own picture is a file (not an `https://` URL):
 * the one file that may be read and published for it. Throws `file: image.src: …` otherwise.
 */
export function ownPicture(article: Article): CheckedPicture {
  if (article.image === undefined) throw new Error(`${article.file}: image: the article has no picture`);
  // Builds run from the project root, where the articles' paths are relative to.
  return checkedPictureOf(article.file, article.image.src, () => pictureCheckContext(process.cwd(), articlesDir(siteConfig, process.cwd())));
}
