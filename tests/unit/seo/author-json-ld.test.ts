import { describe, expect, it } from 'vitest';
import { byNewest } from '../../../src/lib/article.ts';
import { profilePageJsonLd } from '../../../src/lib/seo/author-json-ld.ts';
import { authorsJsonLd, newsArticleJsonLd, publisherJsonLd } from '../../../src/lib/seo/json-ld.ts';
import { sitePageJsonLd } from '../../../src/lib/seo/site-page-json-ld.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { profileDirectory, withAuthorProfiles, withProfileNames, type AuthorProfile } from '../../../src/lib/trust/author-profiles.ts';
import type { SitePageSlug } from '../../../src/lib/trust/site-pages.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const mara: AuthorProfile = {
  slug: 'mara-quell',
  file: 'content/authors/mara-quell.md',
  name: 'Mara Quell',
  kind: 'person',
  role: 'Harbour correspondent',
  bioHtml: '<p>Mara covers the port.</p>',
  bioSummary: 'Mara covers the port.',
  image: { url: '/authors/mara-quell/portrait.png', alt: 'Mara Quell', width: 320, height: 320, src: 'mara.png' },
  links: { website: 'https://maraquell.example/', social: 'https://social.example/@mara' },
};
const wire: AuthorProfile = {
  slug: 'coastal-wire',
  file: 'content/authors/coastal-wire.md',
  name: 'Coastal Wire',
  kind: 'organization',
  role: 'News agency',
  bioHtml: '',
  bioSummary: '',
  links: { website: 'https://coastalwire.example' },
};
const directory = profileDirectory([mara, wire]);
const articles = [
  makeArticle('harbour', '2024-03-04', ['authors: [mara-quell, Tomas Edry]']),
  makeArticle('wire', '2024-03-05', ['source: Coastal Wire']),
  makeArticle('agency', '2024-03-06', ['authors: [Reuters]']),
  makeArticle('credited', '2024-03-07', ['source: Soltrian News Agency']),
]
  .map((article) => withProfileNames(article, directory))
  .sort(byNewest);
const { slugs, bySlug } = withAuthorProfiles(buildSiteIndex(articles, testSite), [mara, wire], ['standards', 'corrections-policy']);
const authorsOf = (slug: string) => {
  const article = bySlug.get(slug);
  if (article === undefined) throw new Error(slug);
  return authorsJsonLd(article, testSite, slugs);
};

describe('authorsJsonLd with profiles', () => {
  it.each([
    [
      'a profiled person: their page, what they do, their pages elsewhere and their picture',
      'harbour',
      [
        {
          '@type': 'Person',
          name: 'Mara Quell',
          url: 'https://test.example/authors/mara-quell/',
          jobTitle: 'Harbour correspondent',
          sameAs: ['https://maraquell.example/', 'https://social.example/@mara'],
          image: 'https://test.example/authors/mara-quell/portrait.png',
        },
        { '@type': 'Person', name: 'Tomas Edry', url: 'https://test.example/authors/tomas-edry/' },
      ],
    ],
    [
      'an agency credited with a profile: an Organization with its page',
      'wire',
      [{ '@type': 'Organization', name: 'Coastal Wire', url: 'https://test.example/authors/coastal-wire/', sameAs: ['https://coastalwire.example'] }],
    ],
    ['a byline naming a known agency: an Organization', 'agency', [{ '@type': 'Organization', name: 'Reuters', url: 'https://test.example/authors/reuters/' }]],
    ['an agency credited without a profile, as before', 'credited', [{ '@type': 'Organization', name: 'Soltrian News Agency' }]],
  ])('describes %s', (_name, slug, expected) => {
    expect(authorsOf(slug)).toEqual(expected);
  });
});

describe('publisherJsonLd', () => {
  it.each<[string, SitePageSlug[], Record<string, string>]>([
    [
      'the standards page and the corrections policy',
      ['about', 'standards', 'corrections-policy'],
      { publishingPrinciples: 'https://test.example/standards/', correctionsPolicy: 'https://test.example/corrections-policy/' },
    ],
    ['the about page when there is no standards page', ['about', 'contact'], { publishingPrinciples: 'https://test.example/about/' }],
    ['neither without those pages', ['contact'], {}],
    ['neither on a site without fixed pages', [], {}],
  ])('links %s', (_name, pages, expected) => {
    const publisher = publisherJsonLd(testSite, pages);
    expect({ publishingPrinciples: publisher['publishingPrinciples'], correctionsPolicy: publisher['correctionsPolicy'] }).toEqual({
      publishingPrinciples: undefined,
      correctionsPolicy: undefined,
      ...expected,
    });
  });

  it('is the article’s publisher, with the pages the site has', () => {
    const article = bySlug.get('harbour');
    if (article === undefined) throw new Error('harbour');
    expect(newsArticleJsonLd(article, testSite, slugs, 'article')['publisher']).toMatchObject({
      '@type': 'Organization',
      name: 'Test Dispatch',
      publishingPrinciples: 'https://test.example/standards/',
      correctionsPolicy: 'https://test.example/corrections-policy/',
    });
  });
});

describe('profilePageJsonLd', () => {
  it('describes a profiled author’s page as a ProfilePage about them', () => {
    expect(profilePageJsonLd('Mara Quell', 'mara-quell', mara, testSite)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      '@id': 'https://test.example/authors/mara-quell/',
      url: 'https://test.example/authors/mara-quell/',
      name: 'Mara Quell',
      inLanguage: 'en',
      mainEntity: {
        '@type': 'Person',
        '@id': 'https://test.example/authors/mara-quell/#author',
        name: 'Mara Quell',
        url: 'https://test.example/authors/mara-quell/',
        jobTitle: 'Harbour correspondent',
        sameAs: ['https://maraquell.example/', 'https://social.example/@mara'],
        image: 'https://test.example/authors/mara-quell/portrait.png',
        description: 'Mara covers the port.',
      },
    });
  });

  it.each([
    ['a plain byline', 'Tomas Edry', undefined, { '@type': 'Person', name: 'Tomas Edry' }],
    ['an agency’s byline', 'AFP', undefined, { '@type': 'Organization', name: 'AFP' }],
    ['an organization’s profile, without a job title', 'Coastal Wire', wire, { '@type': 'Organization', name: 'Coastal Wire', sameAs: ['https://coastalwire.example'] }],
  ])('describes %s', (_name, name, profile, expected) => {
    const { mainEntity } = profilePageJsonLd(name, 'x', profile, testSite) as { mainEntity: Record<string, unknown> };
    expect(mainEntity).toMatchObject(expected);
    expect(mainEntity).not.toHaveProperty('jobTitle');
  });
});

describe('sitePageJsonLd', () => {
  it.each<[SitePageSlug, string]>([
    ['about', 'AboutPage'],
    ['contact', 'ContactPage'],
    ['standards', 'WebPage'],
  ])('describes /%s/ as a %s about the publisher', (slug, type) => {
    expect(sitePageJsonLd({ slug, title: 'T', description: 'D' }, testSite, [slug])).toMatchObject({
      '@type': type,
      url: `https://test.example/${slug}/`,
      about: { '@type': 'Organization', name: 'Test Dispatch' },
    });
  });
});
