import type { AuthorProfile } from './trust/author-profiles.ts';

/** A link from an author's profile to their own pages elsewhere. */
export interface ProfileLinkView {
  /** What it is, in our words ("Website"). */
  readonly label: string;
  /** The address as readers recognise it: host and path, no scheme (`hannaroe.example`). */
  readonly text: string;
  readonly href: string;
  /** `me` on the social profile: the author says both pages are theirs (Mastodon and others verify it). */
  readonly rel?: string;
}

/** Everything the author page prints about its author above their stories, worded; the component only renders it. */
export interface AuthorProfileView {
  readonly name: string;
  readonly role?: string;
  /** The bio's sanitised HTML; empty without a bio. */
  readonly bioHtml: string;
  /** A picture of ours with its size (an https:// one is never shown: the CSP loads nothing from elsewhere). */
  readonly picture?: { readonly src: string; readonly alt: string; readonly width: number; readonly height: number };
  readonly links: readonly ProfileLinkView[];
}

/** The author page's view of a profile. */
export function buildAuthorProfileView(profile: AuthorProfile): AuthorProfileView {
  const image = profile.image;
  const links: ProfileLinkView[] = [];
  if (profile.links.website !== undefined) links.push({ label: 'Website', text: shownUrl(profile.links.website), href: profile.links.website });
  if (profile.links.social !== undefined) links.push({ label: 'Social', text: shownUrl(profile.links.social), href: profile.links.social, rel: 'me' });
  return {
    name: profile.name,
    ...(profile.role === undefined ? {} : { role: profile.role }),
    bioHtml: profile.bioHtml,
    ...(image?.width === undefined || image.height === undefined ? {} : { picture: { src: image.url, alt: image.alt, width: image.width, height: image.height } }),
    links,
  };
}

/** A URL as a reader recognises it: without `https://`, `www.` or a lone trailing slash. */
export function shownUrl(url: string): string {
  return url.replace(/^https:\/\/(?:www\.)?/i, '').replace(/\/$/, '');
}
