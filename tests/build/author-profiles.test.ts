import { beforeAll, describe, expect, it } from 'vitest';
import { checkJsonLd } from '../../src/build/validate/json-ld.ts';
import { checkLinks } from '../../src/build/validate/links.ts';
import { formatValidationProblem } from '../../src/build/validate/problem.ts';
import { readSiteFiles } from '../../src/build/validate/site-files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { buildSite, openSite, type BuiltSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { parsePage, textOf } from '../support/html.ts';
import { htmlProblems } from '../support/html-problems.ts';

const SITE = siteConfig.url;
const FIXED_PAGES = ['about', 'standards', 'corrections-policy', 'contact'];

// Every JSON-LD block of a page, each checked as `npm run validate` checks it.
function jsonLdOf(doc: Document): Record<string, unknown>[] {
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  for (const block of blocks) expect(checkJsonLd(block).filter((p) => p.severity === 'error')).toEqual([]);
  return blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
}

function articleNode(doc: Document): Record<string, unknown> {
  const node = jsonLdOf(doc).find((n) => String(n['@id']).endsWith('#article'));
  if (node === undefined) throw new Error('no article JSON-LD');
  return node;
}

describe('author profiles and fixed pages on the site built from content/articles', () => {
  const site = openSite(DEFAULT_DIST);

  describe('a profiled author’s page', () => {
    let doc: Document;
    beforeAll(() => {
      doc = parsePage(site.read('authors/hanna-roe/index.html'));
    });

    it('shows the profile above their stories: name, role, picture, bio and links', () => {
      expect(textOf(doc.querySelector('h1'))).toBe('Hanna Roe');
      const profile = doc.querySelector('.author-profile');
      expect(textOf(profile?.querySelector('.author-profile-role'))).toBe('Northern Varnia correspondent');
      expect(textOf(profile?.querySelector('.author-profile-bio'))).toContain('Hanna Roe reports on northern Varnia from Pellow Bridge');
      const picture = profile?.querySelector('img');
      expect([picture?.getAttribute('src'), picture?.getAttribute('alt'), picture?.getAttribute('width')]).toEqual(['/authors/hanna-roe/portrait.png', 'An illustrated portrait of Hanna Roe', '320']);
      expect(site.exists('authors/hanna-roe/portrait.png')).toBe(true);
      expect(profile?.querySelector('a[rel="me"]')?.getAttribute('href')).toBe('https://social.example/@hannaroe');
      // The profile comes before the list of stories, which still lists hers.
      const list = doc.querySelector('.article-list');
      expect(profile && list && profile.compareDocumentPosition(list) & 4).toBeTruthy();
      expect([...doc.querySelectorAll('.article-card-headline a[href^="/articles/"]')].map((a) => a.getAttribute('href'))).toContain('/articles/vessen-valley-rescue/');
    });

    it('is a ProfilePage about a Person in its structured data', () => {
      expect(jsonLdOf(doc).find((n) => n['@type'] === 'ProfilePage')).toMatchObject({
        url: `${SITE}/authors/hanna-roe/`,
        mainEntity: {
          '@type': 'Person',
          name: 'Hanna Roe',
          url: `${SITE}/authors/hanna-roe/`,
          jobTitle: 'Northern Varnia correspondent',
          sameAs: ['https://hannaroe.example', 'https://social.example/@hannaroe'],
        },
      });
    });
  });

  it('links the byline to the profile, and describes the author as a Person with url, sameAs and jobTitle', () => {
    const doc = parsePage(site.read('articles/vessen-valley-rescue/index.html'));
    expect([...doc.querySelectorAll('.article-byline a')].map((a) => [textOf(a), a.getAttribute('href')])).toEqual([['Hanna Roe', '/authors/hanna-roe/']]);
    expect(articleNode(doc)['author']).toEqual([
      {
        '@type': 'Person',
        name: 'Hanna Roe',
        url: `${SITE}/authors/hanna-roe/`,
        jobTitle: 'Northern Varnia correspondent',
        sameAs: ['https://hannaroe.example', 'https://social.example/@hannaroe'],
        image: `${SITE}/authors/hanna-roe/portrait.png`,
      },
    ]);
  });

  it('describes an agency as an Organization with its page, which lists the stories credited to it', () => {
    const doc = parsePage(site.read('articles/kestrin-dam-breach/index.html'));
    expect(articleNode(doc)['author']).toEqual([{ '@type': 'Organization', name: 'Varnian Press Agency', url: `${SITE}/authors/varnian-press-agency/`, sameAs: ['https://vpa.example'] }]);
    const page = parsePage(site.read('authors/varnian-press-agency/index.html'));
    expect([...page.querySelectorAll('.article-card-headline a[href^="/articles/"]')].map((a) => a.getAttribute('href'))).toContain('/articles/kestrin-dam-breach/');
  });

  it('links the standards and the corrections policy from the publisher’s structured data', () => {
    expect(articleNode(parsePage(site.read('articles/vessen-valley-rescue/index.html')))['publisher']).toMatchObject({
      '@type': 'Organization',
      publishingPrinciples: `${SITE}/standards/`,
      correctionsPolicy: `${SITE}/corrections-policy/`,
    });
  });

  it.each([
    ['about', 'About Dispatch', 'AboutPage'],
    ['standards', 'Editorial standards', 'WebPage'],
    ['corrections-policy', 'Corrections policy', 'WebPage'],
    ['contact', 'Contact us', 'ContactPage'],
  ])('publishes /%s/ with the site layout', (slug, title, type) => {
    const doc = parsePage(site.read(`${slug}/index.html`));
    expect([...doc.querySelectorAll('h1')].map(textOf)).toEqual([title]);
    expect(doc.querySelector('.site-header')).not.toBeNull();
    expect(textOf(doc.querySelector('.site-page-body p'))).not.toBe('');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/${slug}/`);
    expect(jsonLdOf(doc)[0]).toMatchObject({ '@type': type, url: `${SITE}/${slug}/` });
  });

  it('links every fixed page from every page’s footer, and lists them in the sitemap', () => {
    for (const page of ['index.html', 'articles/vessen-valley-rescue/index.html', '404.html']) {
      const links = [...parsePage(site.read(page)).querySelectorAll('.site-footer-about a')].map((a) => a.getAttribute('href'));
      expect(links, page).toEqual(FIXED_PAGES.map((slug) => `/${slug}/`));
    }
    const sitemap = site.read('sitemap-0.xml');
    for (const slug of FIXED_PAGES) expect(sitemap).toContain(`<loc>${SITE}/${slug}/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE}/authors/hanna-roe/</loc>`);
    expect(sitemap).not.toContain('portrait.png');
  });

  it('prints valid HTML whose links all resolve', async () => {
    const pages = ['authors/hanna-roe/index.html', 'authors/index.html', ...FIXED_PAGES.map((slug) => `${slug}/index.html`)];
    expect(await htmlProblems(site, pages)).toEqual([]);
    expect(checkLinks(readSiteFiles(DEFAULT_DIST, siteConfig.url), pages).problems.map((p) => formatValidationProblem(p))).toEqual([]);
  });
});

describe('a site of its own with profiles, a near-miss byline and two fixed pages', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite('tests/fixtures/author-site/articles');
  });

  it('builds, warning of the byline that is a letter off a profile and suggesting it', () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).toContain(
      'tests/fixtures/author-site/articles/market-report.md:6: warning: authors.0: "Mara Quel" has no author profile and stays a plain byline: did you mean "Mara Quell" (tests/fixtures/author-site/authors/mara-quell.md)?',
    );
  });

  it('keeps the unknown byline as a plain byline with a page of its own', () => {
    const doc = parsePage(site.read('articles/market-report/index.html'));
    expect([...doc.querySelectorAll('.article-byline a')].map((a) => [textOf(a), a.getAttribute('href')])).toEqual([['Mara Quel', '/authors/mara-quel/']]);
    expect(doc.querySelector('.author-profile')).toBeNull();
    expect(textOf(parsePage(site.read('authors/mara-quel/index.html')).querySelector('h1'))).toBe('Mara Quel');
  });

  it('prints the profile’s name and page for a byline written as a slug or in capitals', () => {
    const doc = parsePage(site.read('articles/ferry-strike/index.html'));
    expect([...doc.querySelectorAll('.article-byline a')].map((a) => [textOf(a), a.getAttribute('href')])).toEqual([
      ['Mara Quell', '/authors/mara-quell/'],
      ['Tomas Edry', '/authors/tedry/'],
    ]);
  });

  it('sanitises the bio like an article body', () => {
    const html = site.read('authors/mara-quell/index.html');
    expect(html).toContain('<strong>Ostrel</strong>');
    expect(html).not.toContain('alert(');
  });

  it('gives a profile no article names yet its page, and an agency byline an Organization', () => {
    expect(textOf(parsePage(site.read('authors/ines-calder/index.html')).querySelector('.author-profile-role'))).toBe('Trainee reporter');
    expect(articleNode(parsePage(site.read('articles/agency-byline/index.html')))['author']).toEqual([{ '@type': 'Organization', name: 'Reuters', url: `${SITE}/authors/reuters/` }]);
  });

  it('links only the fixed pages it has: the about page stands for the standards', () => {
    const doc = parsePage(site.read('articles/harbour-night/index.html'));
    expect([...doc.querySelectorAll('.site-footer-about a')].map((a) => a.getAttribute('href'))).toEqual(['/about/', '/corrections-policy/']);
    expect(site.exists('standards/index.html')).toBe(false);
    expect(articleNode(doc)['publisher']).toMatchObject({ publishingPrinciples: `${SITE}/about/`, correctionsPolicy: `${SITE}/corrections-policy/` });
  });
});

describe('a profile without a name', () => {
  it('fails the build, naming the file, the line and the field', () => {
    const site = buildSite('tests/fixtures/nameless-author-site/articles');
    expect(site.status).not.toBe(0);
    expect(site.output).toContain('tests/fixtures/nameless-author-site/authors/lena-marsh.md:1: name: is required');
    expect(site.exists('index.html')).toBe(false);
  });
});
