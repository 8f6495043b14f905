import { describe, expect, it } from 'vitest';
import { byNewest } from '../../../src/lib/article.ts';
import { buildAuthorProfileView, shownUrl } from '../../../src/lib/author-profile-view.ts';
import { buildArticleView } from '../../../src/lib/article-view.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { isKnownAgency, profileDirectory, withAuthorProfiles, withProfileNames, type AuthorProfile } from '../../../src/lib/trust/author-profiles.ts';
import { hasSitePage, sitePageLinks } from '../../../src/lib/trust/published-site-pages.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

function profile(slug: string, name: string, extra: Partial<AuthorProfile> = {}): AuthorProfile {
  return { slug, file: `content/authors/${slug}.md`, name, kind: 'person', bioHtml: `<p>${name} reports.</p>`, bioSummary: `${name} reports.`, links: {}, ...extra };
}

const profiles = [profile('hroe', 'Hanna Roe', { role: 'Correspondent' }), profile('coast-wire', 'Coast Wire', { kind: 'organization' }), profile('new-hire', 'Ines Calder')];
const directory = profileDirectory(profiles);

// As the site plan makes them: bylines spelled as the profiles spell them.
function indexOf(articles: ReturnType<typeof makeArticle>[]) {
  const published = articles.map((article) => withProfileNames(article, directory)).sort(byNewest);
  return withAuthorProfiles(buildSiteIndex(published, testSite), profiles, ['about']);
}

describe('bylines that name a profile', () => {
  it.each([
    ['by slug', ['hroe'], ['Hanna Roe']],
    ['in other capitals', ['HANNA ROE'], ['Hanna Roe']],
    ['twice, by name and by slug', ['Hanna Roe', 'hroe'], ['Hanna Roe']],
    ['beside a plain byline', ['Jane Doe', 'hroe'], ['Jane Doe', 'Hanna Roe']],
  ])('print the profile’s name when written %s', (_name, authors, expected) => {
    const article = makeArticle('a', '2024-01-02', [`authors: [${authors.join(', ')}]`]);
    expect(withProfileNames(article, directory).authors).toEqual(expected);
  });

  it('leave an article without profiled bylines as it is', () => {
    const article = makeArticle('a', '2024-01-02', ['authors: [Jane Doe]']);
    expect(withProfileNames(article, directory)).toBe(article);
  });
});

describe('author pages with profiles', () => {
  const index = indexOf([
    makeArticle('one', '2024-01-01', ['authors: [hroe]']),
    makeArticle('two', '2024-01-03', ['authors: [Hanna Roe]']),
    makeArticle('wire', '2024-01-02', ['source: coast wire']),
    makeArticle('guest', '2024-01-04', ['authors: [Jane Doe]']),
    makeArticle('clash', '2024-01-05', ['authors: [New-Hire!]']),
  ]);
  const pages = Object.fromEntries(index.authors.map((group) => [group.slug, { name: group.name, articles: group.articles.map((a) => a.slug) }]));

  it.each([
    ['a profiled author, at the profile’s slug, newest first', 'hroe', { name: 'Hanna Roe', articles: ['two', 'one'] }],
    ['an agency, listing the stories credited to it', 'coast-wire', { name: 'Coast Wire', articles: ['wire'] }],
    ['a profile no article names yet', 'new-hire', { name: 'Ines Calder', articles: [] }],
    ['a plain byline, as before', 'jane-doe', { name: 'Jane Doe', articles: ['guest'] }],
    ['a plain byline whose own slug a profile has, moved aside', 'new-hire-2', { name: 'New-Hire!', articles: ['clash'] }],
  ])('has a page for %s', (_name, slug, expected) => {
    expect(pages[slug]).toEqual(expected);
  });

  it('links every byline to its page, and gives the profiles and fixed pages to structured data', () => {
    expect(index.slugs.authors.get('Hanna Roe')).toBe('hroe');
    expect(index.slugs.authors.get('coast wire')).toBe('coast-wire');
    expect(index.slugs.authors.get('New-Hire!')).toBe('new-hire-2');
    expect(index.slugs.profiles?.get('hroe')?.role).toBe('Correspondent');
    expect(index.slugs.sitePages).toEqual(['about']);
  });

  it('gives the article page a byline in the profile’s name, linked to the profile’s page', () => {
    const article = index.bySlug.get('one');
    if (article === undefined) throw new Error('no article');
    expect(buildArticleView(article, testSite, index.slugs).byline).toEqual(['By ', { name: 'Hanna Roe', path: '/authors/hroe/' }]);
  });

  it('is the same index on a site without profiles or pages', () => {
    const plain = buildSiteIndex([makeArticle('one', '2024-01-01', ['authors: [Jane Doe]'])], testSite);
    expect(withAuthorProfiles(plain, [], [])).toBe(plain);
  });
});

describe('the profile as the author page shows it', () => {
  it('shows a picture of ours with its size, and the social profile as rel="me"', () => {
    const view = buildAuthorProfileView(
      profile('hroe', 'Hanna Roe', {
        role: 'Correspondent',
        image: { url: '/authors/hroe/portrait.png', alt: 'Hanna Roe', width: 320, height: 320, src: 'hroe.png' },
        links: { website: 'https://www.hannaroe.example/', social: 'https://social.example/@hroe' },
      }),
    );
    expect(view.picture).toEqual({ src: '/authors/hroe/portrait.png', alt: 'Hanna Roe', width: 320, height: 320 });
    expect(view.links).toEqual([
      { label: 'Website', text: 'hannaroe.example', href: 'https://www.hannaroe.example/' },
      { label: 'Social', text: 'social.example/@hroe', href: 'https://social.example/@hroe', rel: 'me' },
    ]);
  });

  it('shows no picture from another site (the CSP loads none)', () => {
    expect(buildAuthorProfileView(profile('x', 'X', { image: { url: 'https://pics.example/x.jpg', alt: 'X', src: 'https://pics.example/x.jpg' } })).picture).toBeUndefined();
  });

  it.each([
    ['https://example.org/', 'example.org'],
    ['https://www.example.org/me', 'example.org/me'],
    ['https://social.example/@me/', 'social.example/@me'],
  ])('shows %s as %s', (url, shown) => {
    expect(shownUrl(url)).toBe(shown);
  });
});

describe('agencies and fixed pages', () => {
  it.each([
    ['AFP', true],
    ['reuters', true],
    ['Associated  Press', true],
    ['Hanna Roe', false],
    ['AFPX', false],
  ])('%s is a known agency: %s', (name, expected) => {
    expect(isKnownAgency(name)).toBe(expected);
  });

  it('links the fixed pages that exist, in the closed list’s order', () => {
    const pages = [{ slug: 'contact' as const }, { slug: 'about' as const }];
    expect(sitePageLinks(pages)).toEqual([
      { name: 'About us', path: '/about/' },
      { name: 'Contact us', path: '/contact/' },
    ]);
    expect(hasSitePage(pages, 'corrections-policy')).toBe(false);
    expect(hasSitePage(pages, 'contact')).toBe(true);
  });
});

describe('author pages at archive scale', () => {
  it('list an agency’s and a correspondent’s whole archives, past what a call’s arguments can hold', () => {
    // More articles than V8 takes as one call's arguments: spread into push, they overflowed the stack.
    const count = 300_000;
    const wire = withProfileNames(makeArticle('wire', '2024-01-02', ['source: coast wire']), directory);
    const bylined = withProfileNames(makeArticle('bylined', '2024-01-02', ['authors: [hroe]']), directory);
    const archive = Array.from({ length: count }, (_, i) => ({ ...(i % 2 === 0 ? wire : bylined), slug: `story-${i}` }));
    const index = withAuthorProfiles(buildSiteIndex(archive, testSite), profiles, []);
    const sizes = Object.fromEntries(index.authors.map((group) => [group.slug, group.articles.length]));
    expect(sizes['coast-wire']).toBe(count / 2);
    expect(sizes['hroe']).toBe(count / 2);
    // Building an index of this many articles takes a second or two: more than a unit test's usual limit on a busy machine.
  }, 30_000);
});
