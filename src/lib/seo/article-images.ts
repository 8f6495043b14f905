import type { Article } from '../article.ts';
import { PICTURE_EXTENSIONS } from '../image-size.ts';
import type { SiteConfig } from '../site-config.ts';
import { SHARE_IMAGE_VARIANTS, shareImagePath } from '../share-image/share-image-variants.ts';
import { absoluteUrl } from '../urls.ts';
import type { SocialImage } from './open-graph.ts';

const IMAGE_EXTENSIONS = Object.keys(PICTURE_EXTENSIONS);

/**
 * The file name an article's own picture is published under when the editor gave a path
 * beside the article (`harbour.JPG` → `image.jpg`); undefined for an `https://` picture.
 * Published beside the article page, so the URL depends on the slug alone.
 */
export function ownImageFile(src: string): string | undefined {
  if (/^https:\/\//i.test(src)) return undefined;
  const extension = /\.[a-z0-9]+$/i.exec(src)?.[0]?.toLowerCase();
  if (extension === undefined || !IMAGE_EXTENSIONS.includes(extension)) {
    throw new Error(`image.src: "${src}" is not a picture this site publishes (${IMAGE_EXTENSIONS.join(', ')})`);
  }
  return `image${extension}`;
}

/** Absolute URL of an article's own picture, wherever the editor keeps it. */
export function ownImageUrl(article: Article, site: SiteConfig): string | undefined {
  if (article.image === undefined) return undefined;
  const file = ownImageFile(article.image.src);
  return file === undefined ? article.image.src : absoluteUrl(site.url, `${article.path}${file}`);
}

/**
 * The picture an article is shared with: the editor's own when there is one (its size
 * unknown), else the generated 1200×630 card.
 */
export function articleSocialImage(article: Article, site: SiteConfig): SocialImage {
  const own = ownImageUrl(article, site);
  if (own !== undefined && article.image !== undefined) return { url: own, alt: article.image.alt };
  const wide = SHARE_IMAGE_VARIANTS[0];
  return { url: absoluteUrl(site.url, shareImagePath(article.slug, wide)), width: wide.width, height: wide.height, alt: article.title };
}

/** Every picture of an article for structured data: its own first, then the generated cards. */
export function articleImageUrls(article: Article, site: SiteConfig): string[] {
  const own = ownImageUrl(article, site);
  return [...(own === undefined ? [] : [own]), ...SHARE_IMAGE_VARIANTS.map((variant) => absoluteUrl(site.url, shareImagePath(article.slug, variant)))];
}
