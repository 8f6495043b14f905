import type { SiteConfig } from '../site-config.ts';
import { isKnownAgency, type AuthorProfile } from '../trust/author-profiles.ts';
import { absoluteUrl, authorPath } from '../urls.ts';
import type { JsonLd } from './json-ld.ts';

/**
 * Who wrote it, as schema.org says it: a Person, or an Organization for an agency (an
 * `organization` profile, or a byline naming a known agency such as AFP or Reuters), with
 * the URL of their author page and, from their profile, what they do (`jobTitle`), their own
 * pages elsewhere (`sameAs`: website and social profile) and their picture.
 */
export function authorNodeJsonLd(name: string, pageSlug: string | undefined, profile: AuthorProfile | undefined, site: SiteConfig): JsonLd {
  const organization = profile === undefined ? isKnownAgency(name) : profile.kind === 'organization';
  const sameAs = profile === undefined ? [] : [profile.links.website, profile.links.social].filter((link): link is string => link !== undefined);
  return {
    '@type': organization ? 'Organization' : 'Person',
    name: profile?.name ?? name,
    ...(pageSlug === undefined ? {} : { url: absoluteUrl(site.url, authorPath(pageSlug)) }),
    ...(profile?.role === undefined || organization ? {} : { jobTitle: profile.role }),
    ...(sameAs.length === 0 ? {} : { sameAs }),
    ...(profile?.image === undefined ? {} : { image: absoluteUrl(site.url, profile.image.url) }),
  };
}

/**
 * An author page as schema.org's ProfilePage (Google's profile page rich result): its
 * `mainEntity` is the author, described by their profile's bio when they have one.
 */
export function profilePageJsonLd(name: string, pageSlug: string, profile: AuthorProfile | undefined, site: SiteConfig): JsonLd {
  const url = absoluteUrl(site.url, authorPath(pageSlug));
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': url,
    url,
    name: profile?.name ?? name,
    inLanguage: site.language,
    mainEntity: {
      ...authorNodeJsonLd(name, pageSlug, profile, site),
      '@id': `${url}#author`,
      ...(profile === undefined || profile.bioSummary === '' ? {} : { description: profile.bioSummary }),
    },
  };
}
