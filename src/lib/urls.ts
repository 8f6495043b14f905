/** Site-relative path of an article: it depends on the slug alone, so edits never move it. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** Site-relative path of a section front. */
export function sectionPath(sectionSlug: string): string {
  return `/${sectionSlug}/`;
}

/** Site-relative path of a topic (tag) page. */
export function topicPath(topicSlug: string): string {
  return `/topics/${topicSlug}/`;
}

/** Site-relative path of an author's page. */
export function authorPath(authorSlug: string): string {
  return `/authors/${authorSlug}/`;
}

/** The page of a story (the articles reporting one event), e.g. `/stories/kestrin-dam-breach/`. */
export function storyPath(storySlug: string): string {
  return `/stories/${storySlug}/`;
}

/** Site-relative path of the archive, a year in it, or a month of a year. */
export function archivePath(year?: number, month?: number): string {
  if (year === undefined) return '/archive/';
  if (month === undefined) return `/archive/${year}/`;
  return `/archive/${year}/${String(month).padStart(2, '0')}/`;
}

/** The path of page `n` of a paginated list whose first page is `firstPath`. */
export function pagePath(firstPath: string, n: number): string {
  return n <= 1 ? firstPath : `${firstPath}${n}/`;
}

/** An absolute URL on the site, from a site-relative path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).href;
}
