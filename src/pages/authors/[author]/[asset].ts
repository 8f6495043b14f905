import type { APIRoute, GetStaticPaths } from 'astro';
import { articlesDir } from '../../../build/content/articles-loader.ts';
import { profilePictureContext } from '../../../build/content/site-content.ts';
import { checkedPictureOf } from '../../../build/pictures/checked-pictures.ts';
import { readCheckedPicture } from '../../../build/pictures/read-checked-picture.ts';
import { requireBuildSession } from '../../../build/session/build-session.ts';
import { splitRoutePaths } from '../../../build/shards/split-routes.ts';
import { getPublishedContent } from '../../../build/site-plan/get-site-plan.ts';
import { PICTURE_MEDIA_TYPES } from '../../../lib/image-size.ts';
import type { AuthorProfile } from '../../../lib/trust/author-profiles.ts';
import { siteConfig } from '../../../site.config.ts';

type Props = { profile: AuthorProfile & { image: { src: string } } };

/**
 * A profile's picture when it is a file beside the profile: published beside the author page
 * (`/authors/<slug>/portrait.jpg`), so the page shows it from this site under its CSP.
 */
export const getStaticPaths = (async () => {
  const { authorProfiles } = await getPublishedContent();
  const paths = authorProfiles.flatMap((profile) => {
    const image = profile.image;
    if (image?.width === undefined) return [];
    const asset = image.url.slice(image.url.lastIndexOf('/') + 1);
    return [{ params: { author: profile.slug, asset }, props: { profile: { ...profile, image } } satisfies Props }];
  });
  return splitRoutePaths('authors/[author]/[asset]', paths);
}) satisfies GetStaticPaths;

/** The bytes of the picture file the content check read, checked again by the same rules. */
export const GET: APIRoute = async ({ props }) => {
  const { profile } = props as Props;
  const root = requireBuildSession('profile pictures').root;
  const picture = checkedPictureOf(profile.file, profile.image.src, () => profilePictureContext({ articlesDir: articlesDir(siteConfig, root), fileRoot: root, projectRoot: root }));
  const bytes = await readCheckedPicture(picture);
  return new Response(bytes, { headers: { 'Content-Type': PICTURE_MEDIA_TYPES[picture.format] } });
};
