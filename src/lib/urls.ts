/** Site-relative path of an article: it depends on the slug alone, so edits never move it. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** Site-relative path of a section front. */
export function sectionPath(sectionSlug: string): string {
  return `/${sectionSlug}/`;
}

/** An absolute URL on the site, from a site-relative path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).href;
}
