import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/article.ts';
import { buildFrontPage, FRONT_PAGE_LIMITS, type FrontPageView } from '../../src/lib/front-page.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { testSite } from './content/site.ts';
import { makeArticle } from './fixtures.ts';

/** `count` stories an hour apart, newest first, in the sections given in turn ("news", "world"). */
function stories(count: number, sections: readonly string[] = ['news']): Article[] {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(start + i * 3_600_000).toISOString().replace('.000Z', 'Z');
    return makeArticle(`s${String(i).padStart(3, '0')}`, date, [`section: ${sections[i % sections.length]}`]);
  }).reverse();
}

/** Every story link of the front page, in page order. */
function slugsShown(front: FrontPageView): string[] {
  return [...(front.lead ? [front.lead.slug] : []), ...front.topStories.map((c) => c.slug), ...front.sections.flatMap((s) => s.cards.map((c) => c.slug)), ...front.latest.map((item) => item.slug)];
}

describe('buildFrontPage', () => {
  it.each([
    // [stories, sections, distinct stories shown, section blocks, lines of "Latest"]
    ['an empty site', 0, ['news'], 0, 0, 0],
    ['a site smaller than the lead and top stories', 3, ['news'], 3, 0, 0],
    ['a small site, all of it above the "Latest" list', 13, ['news', 'world'], 13, 2, 0],
    ['a site just over what the blocks hold', 15, ['news', 'world'], 15, 2, 2],
    ['hundreds of stories in one section (the Wikinews import)', 294, ['news'], 20, 1, 11],
    ['hundreds of stories in two sections', 300, ['news', 'world'], 23, 2, 10],
  ] as const)('%s (%i stories): each story once, no empty block, enough to fill the front', (_name, count, sections, shownCount, blocks, latestCount) => {
    const front = buildFrontPage(buildSiteIndex(stories(count, sections), testSite), testSite);
    const shown = slugsShown(front);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.length).toBe(shownCount);
    expect(front.sections.length).toBe(blocks);
    expect(front.sections.every((s) => s.cards.length > 0)).toBe(true);
    expect(front.latest.length).toBe(latestCount);
  });

  it.each([20, 60, 294])('shows at least %i stories, or all of them, once a site has that many', (count) => {
    const front = buildFrontPage(buildSiteIndex(stories(count), testSite), testSite);
    expect(slugsShown(front).length).toBeGreaterThanOrEqual(Math.min(count, FRONT_PAGE_LIMITS.minimumStories));
  });

  it('lists "Latest" newest first, going on from the newest story shown nowhere above it', () => {
    const all = stories(294);
    const front = buildFrontPage(buildSiteIndex(all, testSite), testSite);
    const above = new Set(slugsShown({ ...front, latest: [] }));
    const expected = all.filter((a) => !above.has(a.slug)).slice(0, front.latest.length);
    expect(front.latest.map((item) => item.slug)).toEqual(expected.map((a) => a.slug));
    expect(front.latest.length).toBeGreaterThanOrEqual(FRONT_PAGE_LIMITS.latestMin);
    expect(front.latest.length).toBeLessThanOrEqual(FRONT_PAGE_LIMITS.latestMax);
  });

  it('gives each "Latest" line its headline, link and time in the site’s time zone', () => {
    const front = buildFrontPage(buildSiteIndex(stories(40), testSite), testSite);
    const first = front.latest[0];
    expect(first).toBeDefined();
    expect(first?.path).toBe(`/articles/${first?.slug}/`);
    expect(first?.headline).toBe(`Story ${first?.slug}`);
    expect(first?.published.iso).toMatch(/^2024-01-0\dT\d\d:00:00Z$/);
    expect(first?.published.text).toMatch(/^\d{1,2} January 2024, \d\d:00 GMT$/);
  });

  it('keeps section blocks to their newest stories not already lead or top story', () => {
    const all = stories(30, ['news', 'world']);
    const front = buildFrontPage(buildSiteIndex(all, testSite), testSite);
    const above = new Set([front.lead?.slug, ...front.topStories.map((c) => c.slug)]);
    for (const block of front.sections) {
      const sectionSlug = block.path.replaceAll('/', '');
      const expected = all.filter((a) => a.section.slug === sectionSlug && !above.has(a.slug)).slice(0, FRONT_PAGE_LIMITS.perSection);
      expect(block.cards.map((c) => c.slug)).toEqual(expected.map((a) => a.slug));
    }
  });
});
