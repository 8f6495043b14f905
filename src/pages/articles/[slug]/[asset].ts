import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { getPublishedArticles } from '../../../data/articles.ts';
import { shareImagePng } from '../../../data/share-images.ts';
import { isPublishingShareImages } from '../../../share-images/share-image-session.ts';
import type { Article } from '../../../lib/article.ts';
import { ownImageFile } from '../../../lib/seo/article-images.ts';
import { SHARE_IMAGE_VARIANTS, type ShareImageVariant } from '../../../lib/share-image/share-image-variants.ts';

type Props = { article: Article; variant: ShareImageVariant } | { article: Article; ownImage: string };

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif' };

/**
 * Files published beside each article page: the editor's own picture when it is a file
 * beside the Markdown, so that og:image has a URL on this site; and, on the dev server
 * only, the share images (a build publishes those outside the page pipeline, see
 * src/integrations/share-images.ts).
 */
export const getStaticPaths = (async () => {
  const published = await getPublishedArticles();
  return published.flatMap(({ article }) => {
    const own = article.image === undefined ? undefined : ownImageFile(article.image.src);
    return [
      ...(isPublishingShareImages() ? [] : SHARE_IMAGE_VARIANTS).map((variant) => ({ params: { slug: article.slug, asset: variant.file }, props: { article, variant } satisfies Props })),
      ...(own === undefined || article.image === undefined ? [] : [{ params: { slug: article.slug, asset: own }, props: { article, ownImage: article.image.src } satisfies Props }]),
    ];
  });
}) satisfies GetStaticPaths;

/** A share image's PNG, or the bytes of the editor's picture. */
export const GET: APIRoute = async ({ props }) => {
  const asset = props as Props;
  if ('variant' in asset) {
    return new Response(await shareImagePng(asset.article, asset.variant), { headers: { 'Content-Type': 'image/png' } });
  }
  const file = join(dirname(asset.article.file), asset.ownImage);
  const bytes = await readFile(file).catch(() => {
    throw new Error(`${asset.article.file}: image.src: "${asset.ownImage}" is not a file beside the article (${file})`);
  });
  const type = TYPES[/\.[a-z0-9]+$/i.exec(file)?.[0]?.toLowerCase() ?? ''] ?? 'application/octet-stream';
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': type } });
};
