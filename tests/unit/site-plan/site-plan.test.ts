import { describe, expect, it } from 'vitest';
import { byNewest } from '../../../src/lib/article.ts';
import { decodeSitePlan, firstStagePlanText, makeSitePlan, makeSitePlanWithText, planDigestIn, SITE_PLAN_VERSION, type SitePlanParts } from '../../../src/lib/site-plan/site-plan.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const articles = [
  makeArticle('harbour-reopens', '2024-03-05T09:30', [
    'section: world',
    'tags: [Harbour, Storms]',
    'updated: 2024-03-06T10:00',
    'authors: [Jane Doe]',
    'type: analysis',
    'dateline: PORT ELLIS',
    'corrections: [{ date: 2024-03-07, text: An earlier version misspelt the harbour master’s name. }]',
  ]),
  makeArticle('storm-warning', '2024-03-04', ['tags: [Storms]']),
  makeArticle('ferry-times', '2024-03-01', ['section: world', 'image: { src: ferry.png, alt: A ferry }']),
].sort(byNewest);

const parts: SitePlanParts = {
  contentKey: 'content-key',
  articles,
  sources: new Map(articles.map((a) => [a.slug, { file: a.file, digest: `digest-of-${a.slug}` }])),
  related: new Map([
    ['harbour-reopens', [{ slug: 'storm-warning', score: 0.42, reasons: ['Storms'], pinned: false }]],
    ['storm-warning', []],
    ['ferry-times', []],
  ]),
  stories: [{ slug: 'storm-warning', articles: ['storm-warning', 'harbour-reopens'] }],
  pictures: new Map([['ferry-times', { src: '/articles/ferry-times/ferry.png', alt: 'A ferry', width: 800, height: 600 }]]),
  changeNotes: new Map([['harbour-reopens', ['<p>An earlier version misspelt the harbour master’s name.</p>']]]),
  authorProfiles: [
    {
      slug: 'jdoe',
      file: 'content/authors/jdoe.md',
      name: 'Jane Doe',
      kind: 'person',
      role: 'Harbour correspondent',
      bioHtml: '<p>Jane covers the ports.</p>',
      bioSummary: 'Jane covers the ports.',
      image: { url: '/authors/jdoe/portrait.png', alt: 'Jane Doe', width: 400, height: 400, src: 'jane.png' },
      links: { social: 'https://social.example/@jane' },
    },
  ],
  sitePages: [{ slug: 'about', file: 'content/pages/about.md', title: 'About us', description: 'Who we are.', html: '<p>Who we are.</p>' }],
  searchShards: [{ key: 'part-key', path: '/pagefind/part-key/', year: 2024, slugs: articles.map((a) => a.slug) }],
  shareImages: [
    ...articles.slice(0, 2).map((a) => ({ card: 'article' as const, slug: a.slug, variant: 'share.png', cacheName: `${a.slug}.png`, sitePath: `${a.path}share.png` })),
    { card: 'section', slug: 'world', variant: 'share.png', cacheName: 'world.png', sitePath: '/world/share.png' },
  ],
  sharedWithSectionCard: new Set(['ferry-times']),
  shareImagesAhead: [{ card: 'article', slug: 'ferry-times', variant: 'share.png', cacheName: 'ferry-times.png', sitePath: '/articles/ferry-times/share.png' }],
};

describe('the site plan', () => {
  const { plan, text } = makeSitePlanWithText(parts, testSite);
  const planText = text.join('');

  it('derives the lists pages print (sections, topics, neighbours) from its articles', () => {
    expect(plan.index.articles.map((a) => a.slug)).toEqual(['harbour-reopens', 'storm-warning', 'ferry-times']);
    expect(plan.index.topics.map((t) => [t.name, t.articles.map((a) => a.slug)])).toContainEqual(['Storms', ['harbour-reopens', 'storm-warning']]);
    expect(plan.index.neighbours.get('harbour-reopens')?.older?.slug).toBe('ferry-times');
  });

  it('names its digest in the first bytes of its file, which a merge reads without the plan', () => {
    expect(planDigestIn(planText.slice(0, 200))).toBe(plan.digest);
    expect(plan.digest).toMatch(/^[\w-]{40,}$/);
  });

  it.each([
    ['another version', planText.replace(`{"version":${SITE_PLAN_VERSION},`, `{"version":${SITE_PLAN_VERSION + 1},`)],
    ['no digest', `{"version":${SITE_PLAN_VERSION},"digest":"",`],
    ['a digest cut short', `{"version":${SITE_PLAN_VERSION},"digest":"abc`],
    ['not a plan', '{"articles":[]}'],
  ])('names no digest in the opening of %s', (_, opening) => {
    expect(planDigestIn(opening.slice(0, 200))).toBeUndefined();
  });

  it('reads back its articles holding once what many have alike: the site’s section, an empty list, the ISO text of the day and the time', () => {
    const read = decodeSitePlan(planText, testSite);
    expect(read.articles).toEqual(plan.articles);
    for (const article of read.articles) {
      expect(article.section).toBe(testSite.sections.find((section) => section.slug === article.section.slug));
      expect(article.publishedDay.iso).toBe(article.publishedAt.iso);
    }
    const empty = read.articles.flatMap((article) =>
      [article.translations, article.tags, article.authors, article.pinnedRelated, article.aliases, article.changes].filter((list) => list.length === 0),
    );
    expect(empty.length).toBeGreaterThan(3);
    expect(new Set(empty).size).toBe(1);
    // Shared, so never to be added to: a page that tried would change every article.
    expect(() => (empty[0] as string[]).push('x')).toThrow(TypeError);
  });

  it('reads back from its file as the same plan: dates, related links, pictures and parts included', () => {
    const read = decodeSitePlan(planText, testSite);
    expect(read.digest).toBe(plan.digest);
    expect(read.articles).toEqual(plan.articles);
    expect(read.articles[0]?.updated).toBeInstanceOf(Date);
    expect(read.articles[0]?.updated?.toISOString()).toBe(plan.articles[0]?.updated?.toISOString());
    expect(read.articles[0]?.changes[0]?.date).toBeInstanceOf(Date);
    expect(read.stories).toEqual(plan.stories);
    expect(read.storyOf.get('harbour-reopens')?.slug).toBe('storm-warning');
    expect(read.articles[0]).toMatchObject({ workType: 'analysis', dateline: 'PORT ELLIS', changes: [{ kind: 'correction', text: 'An earlier version misspelt the harbour master’s name.' }] });
    expect(read.related).toEqual(plan.related);
    expect(read.pictures).toEqual(plan.pictures);
    expect(read.changeNotes).toEqual(plan.changeNotes);
    expect(read.authorProfiles).toEqual(plan.authorProfiles);
    expect(read.sitePages).toEqual(plan.sitePages);
    // The profiled author's page takes the profile's slug, read back as made.
    expect(read.index.authors.map((a) => [a.slug, a.name, a.articles.map((x) => x.slug)])).toEqual([['jdoe', 'Jane Doe', ['harbour-reopens']]]);
    expect(read.index.slugs.profiles?.get('jdoe')?.role).toBe('Harbour correspondent');
    expect(read.index.slugs.sitePages).toEqual(['about']);
    expect(read.sources).toEqual(plan.sources);
    expect(read.searchShards).toEqual(plan.searchShards);
    expect(read.shareImages).toEqual(plan.shareImages);
    expect(read.sharedWithSectionCard).toEqual(new Set(['ferry-times']));
    expect(read.shareImagesAhead).toEqual(plan.shareImagesAhead);
    expect(read.index.neighbours).toEqual(plan.index.neighbours);
  });

  it('is written as JSON of its version, digest and parts, the digest of the parts as written', () => {
    const read = JSON.parse(planText) as Record<string, unknown>;
    expect(Object.keys(read).slice(0, 3)).toEqual(['version', 'digest', 'contentKey']);
    expect(read['version']).toBe(SITE_PLAN_VERSION);
    expect(read['digest']).toBe(plan.digest);
    // ASCII only, other characters as \u escapes (a reader then holds the text at a byte a character).
    expect(planText).toMatch(/^[\x20-\x7e]*$/);
    expect(planText).toContain('harbour master\\u2019s name');
    expect(JSON.stringify(read).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)).toBe(planText);
    expect(makeSitePlan(parts, testSite).digest).toBe(plan.digest);
  });

  it('writes the same file, byte for byte, from its first stage written out while the related links were computed', () => {
    const { related: _related, stories: _stories, ...content } = parts;
    const early = firstStagePlanText(content);
    const made = makeSitePlanWithText(parts, testSite, undefined, early);
    expect(made.text.join('')).toBe(planText);
    expect(made.plan.digest).toBe(plan.digest);
    // Another content's first stage is never joined to these related links.
    const other = makeSitePlanWithText(parts, testSite, undefined, { ...early, contentKey: 'another', opening: '{"contentKey":"another","articles":[' });
    expect(other.text.join('')).toBe(planText);
  });

  it.each([
    ['a headline', (p: SitePlanParts): SitePlanParts => ({ ...p, articles: p.articles.map((a, i) => (i === 0 ? { ...a, title: 'Harbour shut again' } : a)) })],
    ['a related link', (p: SitePlanParts): SitePlanParts => ({ ...p, related: new Map([...p.related, ['storm-warning', [{ slug: 'harbour-reopens', score: 0.4, reasons: [], pinned: false }]]]) })],
    ['a file digest', (p: SitePlanParts): SitePlanParts => ({ ...p, sources: new Map([...p.sources, ['ferry-times', { file: 'ferry-times.md', digest: 'edited' }]]) })],
    ["an article's share card", (p: SitePlanParts): SitePlanParts => ({ ...p, sharedWithSectionCard: new Set() })],
  ])('has another digest when %s changes', (_what, change) => {
    expect(makeSitePlan(change(parts), testSite).digest).not.toBe(plan.digest);
  });

  it.each([
    ['written by another version of the code', (text: string) => text.replace(`"version":${SITE_PLAN_VERSION}`, `"version":${SITE_PLAN_VERSION + 1}`), /version .* build again/],
    ['changed after it was written', (text: string) => text.replace('Story harbour-reopens', 'Story harbour-closed'), /does not match its digest/],
    ['whose digest was replaced', (text: string) => text.replace(/"digest":"[^"]+"/, '"digest":"AAAA"'), /does not match its digest/],
    ['written out again in another form', (text: string) => JSON.stringify(JSON.parse(text), null, 1), /does not match its digest/],
  ])('refuses a file %s', (_what, damage, message) => {
    expect(() => decodeSitePlan(damage(planText), testSite)).toThrow(message);
  });
});
