import { describe, expect, it } from 'vitest';
import { findRelated, type RelatedInput } from '../../../src/lib/related/find-related.ts';
import { PINNED_REASON } from '../../../src/lib/related/reasons.ts';

// Tiny fictional stories, written for these tests.
const article = (slug: string, date: string, title: string, bodyText: string, extra: Partial<RelatedInput> = {}): RelatedInput => ({
  slug,
  title,
  standfirst: '',
  bodyText,
  tags: [],
  section: 'world',
  date: new Date(date),
  pinned: [],
  ...extra,
});

const summit = article(
  'kim-arrives-vladivostok',
  '2023-09-12T21:00:00+01:00',
  'Kim Jong-un arrives in Vladivostok for talks with Vladimir Putin',
  'The armoured train of Kim Jong-un crossed into Russia overnight. Officials in Moscow said Vladimir Putin would host the North Korea leader at a summit on weapons and satellites. Analysts expect talks on artillery shells.',
  { tags: ['North Korea', 'Russia'] },
);
const talks = article(
  'putin-kim-talks-cosmodrome',
  '2023-09-13T10:00:00+01:00',
  'Vladimir Putin shows Kim Jong-un a rocket launch site',
  'Vladimir Putin welcomed Kim Jong-un at a cosmodrome in the Russian far east. The two leaders discussed satellites, weapons and artillery shells, and North Korea promised support for Moscow.',
  { tags: ['North Korea', 'Russia'] },
);
const missile = article(
  'north-korea-missile-after-summit',
  '2023-09-20T08:00:00+01:00',
  'North Korea fires missile a week after Vladimir Putin summit',
  'North Korea launched a ballistic missile into the sea. It came a week after Kim Jong-un met Vladimir Putin, and Seoul warned that Russian satellite help could improve the weapons of North Korea.',
  { tags: ['North Korea'] },
);
const firstVisit = article(
  'kim-first-russia-visit-2019',
  '2019-04-25T09:00:00+01:00',
  'Kim Jong-un meets Vladimir Putin in Vladivostok for the first time',
  'Kim Jong-un travelled by armoured train to Vladivostok for a first summit with Vladimir Putin. North Korea wants relief from sanctions, and Moscow offered talks.',
  { tags: ['North Korea', 'Russia'] },
);
const bakery = article(
  'lisbon-bakery-pastry-prize',
  '2023-09-14T12:00:00+01:00',
  'Lisbon bakery wins a pastry prize',
  'A family bakery in Lisbon took first place for its custard tarts. The judges praised the crisp pastry and the cinnamon.',
  { section: 'lifestyle' },
);
const tramVote = article(
  'harbour-city-tram-vote',
  '2023-03-02T18:00:00Z',
  'Harbour City council approves tram extension',
  'Councillors in Harbour City voted to extend the tram line to the airport. The tram extension will cost millions and open in two years, the transport committee said.',
);
const tramOpens = article(
  'harbour-city-tram-opens',
  '2025-03-05T07:00:00Z',
  'Tram extension to the airport opens in Harbour City',
  'The first tram ran to the airport on Monday, two years after councillors approved the extension. Passengers in Harbour City welcomed the new tram line.',
);

const corpus = [summit, talks, missile, firstVisit, bakery, tramVote, tramOpens];

const slugsOf = (links: readonly { slug: string }[] | undefined): string[] => (links ?? []).map((l) => l.slug);

describe('findRelated', () => {
  it('returns a list for every article, keyed by slug', () => {
    const related = findRelated(corpus);
    expect([...related.keys()].sort()).toEqual(corpus.map((a) => a.slug).sort());
  });

  it('links stories on the same subject and never an article to itself', () => {
    const related = findRelated(corpus);
    expect(slugsOf(related.get(summit.slug))).toContain(talks.slug);
    for (const [slug, links] of related) expect(slugsOf(links)).not.toContain(slug);
  });

  it('gives an unrelated article no links rather than padding its list', () => {
    expect(findRelated(corpus).get(bakery.slug)).toEqual([]);
  });

  it('links both ways in time: an old story to a later one and the later one back', () => {
    const related = findRelated(corpus);
    expect(slugsOf(related.get(firstVisit.slug))).toContain(summit.slug);
    expect(slugsOf(related.get(summit.slug))).toContain(firstVisit.slug);
    expect(slugsOf(related.get(tramVote.slug))).toEqual([tramOpens.slug]);
    expect(slugsOf(related.get(tramOpens.slug))).toEqual([tramVote.slug]);
  });

  it('works from the text alone when articles carry no tags or section', () => {
    const bare = corpus.map((a) => ({ ...a, tags: [], section: '' }));
    const related = findRelated(bare);
    expect(slugsOf(related.get(summit.slug))).toContain(talks.slug);
    expect(related.get(bakery.slug)).toEqual([]);
  });

  it('names the shared people and places in the reasons, as written', () => {
    const link = findRelated(corpus)
      .get(missile.slug)
      ?.find((l) => l.slug === talks.slug);
    expect(link?.reasons).toHaveLength(1);
    expect(link?.reasons[0]).toMatch(/^Also about: /);
    expect(link?.reasons[0]).toContain('Vladimir Putin');
    expect(link?.reasons[0]).toMatch(/North Korea|Kim Jong-un/);
  });

  it('orders links by score, most related first, with scores between 0 and 1', () => {
    for (const links of findRelated(corpus).values()) {
      const scores = links.map((l) => l.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const s of scores) expect(s).toBeGreaterThan(0);
      for (const s of scores) expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('respects the limit', () => {
    for (const limit of [0, 1, 2]) {
      for (const links of findRelated(corpus, { limit }).values()) expect(links.length).toBeLessThanOrEqual(limit);
    }
  });

  it('lets a higher threshold remove weak links and never adds any', () => {
    const loose = findRelated(corpus, { threshold: 0 });
    const strict = findRelated(corpus, { threshold: 0.99 });
    for (const [slug, links] of strict) {
      expect(links.length).toBeLessThanOrEqual(loose.get(slug)?.length ?? 0);
      for (const l of links) expect(l.score).toBeGreaterThanOrEqual(0.99);
    }
  });

  it('rejects two articles with the same slug', () => {
    expect(() => findRelated([summit, { ...talks, slug: summit.slug }])).toThrow(/duplicate slug/);
  });

  it('copes with no articles and with a single one', () => {
    expect(findRelated([]).size).toBe(0);
    expect(findRelated([summit]).get(summit.slug)).toEqual([]);
  });
});

describe('pinned links', () => {
  const cases: Array<{ name: string; pinned: string[]; limit?: number; expected: string[] }> = [
    { name: 'come first, in the editors’ order', pinned: [bakery.slug, tramVote.slug], expected: [bakery.slug, tramVote.slug] },
    { name: 'skip unknown slugs, the article itself and repeats', pinned: ['no-such-story', summit.slug, bakery.slug, bakery.slug], expected: [bakery.slug] },
    { name: 'are kept even beyond the limit', pinned: [bakery.slug, tramVote.slug, tramOpens.slug], limit: 2, expected: [bakery.slug, tramVote.slug, tramOpens.slug] },
  ];
  it.each(cases)('$name', ({ pinned, limit, expected }) => {
    const articles = corpus.map((a) => (a.slug === summit.slug ? { ...a, pinned } : a));
    const links = findRelated(articles, limit === undefined ? {} : { limit }).get(summit.slug) ?? [];
    expect(slugsOf(links.filter((l) => l.pinned))).toEqual(expected);
    expect(slugsOf(links.slice(0, expected.length))).toEqual(expected);
    for (const l of links.filter((x) => x.pinned)) expect(l.reasons).toEqual([PINNED_REASON]);
  });

  it('are not repeated among the automatic links', () => {
    const articles = corpus.map((a) => (a.slug === summit.slug ? { ...a, pinned: [talks.slug] } : a));
    const links = findRelated(articles).get(summit.slug) ?? [];
    expect(slugsOf(links).filter((s) => s === talks.slug)).toHaveLength(1);
    expect(links[0]).toMatchObject({ slug: talks.slug, pinned: true });
    expect(links.slice(1).every((l) => !l.pinned)).toBe(true);
    expect(links.length).toBeGreaterThan(1);
  });
});

describe('determinism', () => {
  // A fixed shuffle, so the test itself is reproducible.
  const shuffled = <T>(items: readonly T[], seed: number): T[] => {
    const out = [...items];
    let state = seed;
    for (let i = out.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const asEntries = (m: Map<string, unknown>): Array<[string, unknown]> => [...m.entries()];

  it.each([1, 2, 3, 4])('gives identical output for input shuffled with seed %i', (seed) => {
    expect(asEntries(findRelated(shuffled(corpus, seed)))).toEqual(asEntries(findRelated(corpus)));
  });

  it('breaks score ties by date, newer first, then by slug', () => {
    // Each shares the same two words with the hub and has one word of its own, so the hub
    // scores all three exactly alike and only the tie-break orders them.
    const story = (slug: string, date: string, own: string): RelatedInput => article(slug, date, 'Harbour ferry', `Harbour ferry ${own}.`, { section: '' });
    const hub = story('hub', '2024-03-01T00:00:00Z', 'timetable');
    const articles = [hub, story('copy-b', '2024-01-01T00:00:00Z', 'lighthouse'), story('copy-c', '2024-06-01T00:00:00Z', 'seagull'), story('copy-a', '2024-01-01T00:00:00Z', 'pelican')];
    const links = findRelated(articles).get(hub.slug) ?? [];
    expect(slugsOf(links)).toEqual(['copy-c', 'copy-a', 'copy-b']);
    expect(new Set(links.map((l) => l.score)).size).toBe(1);
  });
});
