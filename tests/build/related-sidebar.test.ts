import { describe, expect, it } from 'vitest';
import { openSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { parsePage, textOf } from '../support/html.ts';

const site = openSite(DEFAULT_DIST);
const articlePages = site.files().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f) && !site.read(f).includes('http-equiv="refresh"'));

/** The accessible name of an element named by aria-labelledby or aria-label. */
function accessibleName(doc: Document, element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  return labelledBy ? textOf(doc.getElementById(labelledBy)) : (element.getAttribute('aria-label') ?? '');
}

describe('the related-links sidebar', () => {
  it('is on every article page that has related stories, as an aside named "Related…"', () => {
    let withSidebar = 0;
    for (const page of articlePages) {
      const doc = parsePage(site.read(page));
      const asides = [...doc.querySelectorAll('aside')].filter((a) => /Related/.test(accessibleName(doc, a)));
      expect(asides.length, page).toBeLessThanOrEqual(1);
      const aside = asides[0];
      if (!aside) continue;
      withSidebar += 1;
      const links = [...aside.querySelectorAll('a')];
      expect(links.length).toBeGreaterThan(0);
      expect(links.length).toBeLessThanOrEqual(5);
      for (const link of links) expect(link.getAttribute('href')).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
      expect(links.map((l) => l.getAttribute('href'))).not.toContain(`/${page.replace('index.html', '')}`);
    }
    expect(withSidebar).toBeGreaterThan(articlePages.length / 2);
  });

  // The samples that report the Kestrin Dam's collapse and what followed (all tagged Kestrin Dam).
  const DAM_STORIES = ['kestrin-dam-breach', 'vessen-valley-rescue', 'kestrin-dam-inquiry-report', 'vessen-valley-rebuilding-budget', 'kestrin-dam-regulator-opinion', 'orla-flood-wall-work-begins'];

  it.each(DAM_STORIES.slice(0, 4))('links %s to other dam stories only, with the names they share', (slug) => {
    const doc = parsePage(site.read(`articles/${slug}/index.html`));
    const aside = doc.querySelector('aside.related-articles');
    const hrefs = [...(aside?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(DAM_STORIES.map((s) => `/articles/${s}/`)).toContain(href);
    expect(textOf(aside)).toContain('Also about: ');
    expect(textOf(aside)).toContain('Kestrin Dam');
    expect(aside?.querySelectorAll('time[datetime]').length).toBe(hrefs.length);
  });

  it('shows pinned stories first', () => {
    const doc = parsePage(site.read('articles/vessen-valley-rebuilding-budget/index.html'));
    const first = doc.querySelector('aside.related-articles li');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('/articles/kestrin-dam-inquiry-report/');
    expect(textOf(first)).toContain('Pinned by the editors');
  });

  it('never pads with unrelated stories: an article with none shows "Latest in …" outside the aside', () => {
    const doc = parsePage(site.read('articles/kim-jong-un-in-russia/index.html'));
    expect(doc.querySelector('aside.related-articles')).toBeNull();
    const latest = doc.querySelector('.section-latest');
    expect(latest?.closest('aside')).toBeNull();
    expect(textOf(latest?.querySelector('h2'))).toBe('Latest in World');
  });
});
