import { articlePath, sectionPath } from '../urls.ts';

/** One size of an article's generated share image. */
export interface ShareImageVariant {
  /** File name under the article's folder, e.g. `share.png`. */
  readonly file: string;
  readonly width: number;
  readonly height: number;
}

/** 1.91:1, what Open Graph and X cards show: the og:image. */
export const WIDE_VARIANT: ShareImageVariant = { file: 'share.png', width: 1200, height: 630 };

/** 4:3 and 1:1, which Google also asks for in NewsArticle data; the generator draws them as well. */
export const EXTRA_VARIANTS: readonly ShareImageVariant[] = [
  { file: 'share-4x3.png', width: 1200, height: 900 },
  { file: 'share-1x1.png', width: 1200, height: 1200 },
];

/**
 * The sizes drawn for every article. Only 1.91:1: each extra size costs as much as the
 * first in drawing time and deployed bytes, per article, tripling both for a big archive
 * (figures in docs/sharing.md). Append EXTRA_VARIANTS here to publish them; nothing else changes.
 */
export const SHARE_IMAGE_VARIANTS: readonly [ShareImageVariant, ...ShareImageVariant[]] = [WIDE_VARIANT];

/** Site-relative path of one of an article's share images. */
export function shareImagePath(slug: string, variant: ShareImageVariant = SHARE_IMAGE_VARIANTS[0]): string {
  return `${articlePath(slug)}${variant.file}`;
}

/** Whose card an article is shared with in a build: its own, or its section's while its own waits to be drawn. */
export type ShareCardKind = 'article' | 'section';

/** Site-relative path of one of a section's share images, beside its front: the card its articles show until their own is drawn. */
export function sectionShareImagePath(sectionSlug: string, variant: ShareImageVariant = SHARE_IMAGE_VARIANTS[0]): string {
  return `${sectionPath(sectionSlug)}${variant.file}`;
}
