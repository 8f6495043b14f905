import type { Article } from '../../lib/article.ts';
import type { ArticlePictureView } from '../../lib/article-picture-view.ts';
import { ownImageFile } from '../../lib/seo/article-images.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import { articlesDir } from '../content/articles-loader.ts';
import { pictureCheckContext, type CheckedPicture } from './check-pictures.ts';
import { checkedPictureOf } from './checked-pictures.ts';

/**
 * The picture shown under the standfirst: the editor's file beside the article, published
 * beside the page. An `https://` picture is used for sharing only, since the pages' CSP
 * loads nothing from other origins. Its size is read when the file is checked, by the
 * content loader's rules, so the page needs no read of its own.
 */
export function articlePicture(article: Article, site: SiteConfig, root: string): ArticlePictureView | undefined {
  const image = article.image;
  if (image === undefined || ownImageFile(image.src) === undefined) return undefined;
  const picture = ownPicture(article, site, root);
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
export function ownPicture(article: Article, site: SiteConfig, root: string): CheckedPicture {
  if (article.image === undefined) throw new Error(`${article.file}: image: the article has no picture`);
  return checkedPictureOf(article.file, article.image.src, () => pictureCheckContext(root, articlesDir(site, root)));
}
