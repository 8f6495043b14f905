import type { APIRoute, GetStaticPaths } from 'astro';
import { readCheckedPicture } from '../../../build/pictures/read-checked-picture.ts';
import { ownPicture } from '../../../build/pictures/article-pictures.ts';
import { requireBuildSession } from '../../../build/session/build-session.ts';
import { splitRoutePaths } from '../../../build/shards/split-routes.ts';
import { getPublishedContent } from '../../../build/site-plan/get-site-plan.ts';
import { shareImagePng } from '../../../build/share-images/share-images.ts';
import { siteConfig } from '../../../site.config.ts';
import type { Article } from '../../../lib/article.ts';
import { PICTURE_MEDIA_TYPES } from '../../../lib/image-size.ts';
import { ownImageFile } from '../../../lib/seo/article-images.ts';
import { SHARE_IMAGE_VARIANTS, type ShareImageVariant } from '../../../lib/share-image/share-image-variants.ts';

type Props = { article: Article; variant: ShareImageVariant } | { article: Article; ownImage: true };

/**
 * Files published beside each article page: the editor's own picture when it is a file
 * beside the Markdown, so that og:image has a URL on this site; and, on the dev server
 * only, the share images (a build publishes those outside the page pipeline, see
 * src/build/share-images/publish-share-images.ts).
 */
export const getStaticPaths = (async () => {
  const { articles } = await getPublishedContent();
  // A build publishes the share images outside the page pipeline (src/build/share-images/).
  const shareImages = requireBuildSession('share images').command === 'build' ? [] : SHARE_IMAGE_VARIANTS;
  const paths = articles.flatMap((article) => {
    const own = article.image === undefined ? undefined : ownImageFile(article.image.src);
    return [
      ...shareImages.map((variant) => ({ params: { slug: article.slug, asset: variant.file }, props: { article, variant } satisfies Props })),
      ...(own === undefined ? [] : [{ params: { slug: article.slug, asset: own }, props: { article, ownImage: true } satisfies Props }]),
    ];
  });
  return splitRoutePaths('articles/[slug]/[asset]', paths);
}) satisfies GetStaticPaths;

/** A share image's PNG, or the bytes of the editor's picture: the file the content check read. */
export const GET: APIRoute = async ({ props }) => {
  const asset = props as Props;
  if ('variant' in asset) {
    return new Response(await shareImagePng(asset.article, asset.variant, siteConfig, requireBuildSession('share images').root), { headers: { 'Content-Type': 'image/png' } });
  }
  const picture = ownPicture(asset.article, siteConfig, requireBuildSession('pictures').root);
  const bytes = await readCheckedPicture(picture);
  return new Response(bytes, { headers: { 'Content-Type': PICTURE_MEDIA_TYPES[picture.format] } });
};
