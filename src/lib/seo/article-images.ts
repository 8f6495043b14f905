import type { Article } from '../article.ts';
import { PICTURE_EXTENSIONS } from '../image-size.ts';
import type { SiteConfig } from '../site-config.ts';
import { sectionCardAlt } from '../share-image/share-card-content.ts';
import { SHARE_IMAGE_VARIANTS, sectionShareImagePath, shareImagePath, type ShareCardKind, type ShareImageVariant } from '../share-image/share-image-variants.ts';
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

/** Absolute URL of one size of the generated card the site plan chose for an article (`card`): its own, or its section's. */
export function shareCardUrl(article: Article, site: SiteConfig, card: ShareCardKind, variant: ShareImageVariant = SHARE_IMAGE_VARIANTS[0]): string {
  return absoluteUrl(site.url, card === 'article' ? shareImagePath(article.slug, variant) : sectionShareImagePath(article.section.slug, variant));
}

/**
 * The picture an article is shared with: the editor's own when there is one (its size
 * unknown), else the generated 1200×630 card `card` (the site plan's choice): its own, with
 * its headline as the alt text, or its section's until its own is drawn.
 */
export function articleSocialImage(article: Article, site: SiteConfig, card: ShareCardKind): SocialImage {
  const own = ownImageUrl(article, site);
  if (own !== undefined && article.image !== undefined) return { url: own, alt: article.image.alt };
  const wide = SHARE_IMAGE_VARIANTS[0];
  const alt = card === 'article' ? article.title : sectionCardAlt(article.section, site);
  return { url: shareCardUrl(article, site, card, wide), width: wide.width, height: wide.height, alt };
}

/** Every picture of an article for structured data: its own first, then the generated card `card` (the site plan's choice) in every size. */
export function articleImageUrls(article: Article, site: SiteConfig, card: ShareCardKind): string[] {
  const own = ownImageUrl(article, site);
  return [...(own === undefined ? [] : [own]), ...SHARE_IMAGE_VARIANTS.map((variant) => shareCardUrl(article, site, card, variant))];
}
