import { describe, expect, it } from 'vitest';
import { findRelated, type RelatedInput, type RelatedLink } from '../../../src/lib/related/find-related.ts';
import { NO_STORY, findStories, type StoryInput } from '../../../src/lib/stories/find-stories.ts';

// Graph cases: related lists written by hand, so each rule of the clustering is seen alone.
// Every one names the fictional towns of Vellmora and Kessing, so the named-thing rule lets any
// pair be linked.
const at = (slug: string, day: number, story?: string, bodyText = 'Rain fell on Vellmora and Kessing.'): StoryInput => ({
  slug,
  date: new Date(Date.UTC(2026, 0, day)),
  story,
  title: '',
  standfirst: '',
  bodyText,
});
const lists = (edges: Record<string, readonly string[]>): Map<string, RelatedLink[]> =>
  new Map(Object.entries(edges).map(([slug, to]) => [slug, to.map((s, i) => ({ slug: s, score: 0.9 - i * 0.1, reasons: [], pinned: false }))]));

describe('findStories on given related lists', () => {
  it.each([
    {
      name: 'articles that list one another make one story, in time order, named after the earliest',
      articles: [at('b', 2), at('a', 3), at('c', 1)],
      related: { a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b'] },
      stories: [{ slug: 'c', articles: ['c', 'b', 'a'] }],
    },
    {
      name: 'an article with no links stays out of every story',
      articles: [at('a', 1), at('b', 2), at('lone', 3)],
      related: { a: ['b'], b: ['a'] },
      stories: [{ slug: 'a', articles: ['a', 'b'] }],
    },
    {
      name: 'one stray link does not chain two tight groups into one story',
      articles: [at('a1', 1), at('a2', 2), at('a3', 3), at('a4', 4), at('b1', 5), at('b2', 6), at('b3', 7), at('b4', 8)],
      related: {
        a1: ['a2', 'a3', 'a4'],
        a2: ['a1', 'a3', 'a4'],
        a3: ['a1', 'a2', 'a4'],
        a4: ['a1', 'a2', 'a3', 'b1'],
        b1: ['b2', 'b3', 'b4'],
        b2: ['b1', 'b3', 'b4'],
        b3: ['b1', 'b2', 'b4'],
        b4: ['b1', 'b2', 'b3'],
      },
      stories: [
        { slug: 'a1', articles: ['a1', 'a2', 'a3', 'a4'] },
        { slug: 'b1', articles: ['b1', 'b2', 'b3', 'b4'] },
      ],
    },
    {
      name: 'an editor\u2019s story name wins over the earliest slug and gathers the articles that name it',
      articles: [at('a', 1, 'the-long-flood'), at('b', 2), at('far', 9, 'the-long-flood')],
      related: { a: ['b'], b: ['a'] },
      stories: [{ slug: 'the-long-flood', articles: ['a', 'far'] }],
    },
    {
      name: 'an article named after another joins that one\u2019s story',
      articles: [at('a', 1), at('b', 2), at('late', 5, 'a')],
      related: { a: ['b'], b: ['a'] },
      stories: [{ slug: 'a', articles: ['a', 'b', 'late'] }],
    },
    {
      name: `"${NO_STORY}" keeps an article out, even when it is linked`,
      articles: [at('a', 1), at('b', 2), at('c', 3, NO_STORY)],
      related: { a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b'] },
      stories: [{ slug: 'a', articles: ['a', 'b'] }],
    },
    {
      name: 'links to unknown articles and to itself are ignored',
      articles: [at('a', 1), at('b', 2)],
      related: { a: ['a', 'gone', 'b'], b: ['a'] },
      stories: [{ slug: 'a', articles: ['a', 'b'] }],
    },
  ])('$name', ({ articles, related, stories }) => {
    expect(findStories(articles, lists(related))).toEqual(stories);
    // The same in any input order.
    expect(findStories([...articles].reverse(), lists(related))).toEqual(stories);
  });
});

describe('findStories: weak links join no story', () => {
  it.each([
    ['above the floor', 0.75, [{ slug: 'a', articles: ['a', 'b'] }]],
    ['below the floor', 0.95, []],
  ] as const)('a link %s', (_, minScore, stories) => {
    expect(findStories([at('a', 1), at('b', 2)], lists({ a: ['b'] }), { minScore })).toEqual(stories);
  });
});

describe('findStories: the names two reports share', () => {
  it.each([
    ['two rare names (who and where)', 'Governor Idris Tallow spoke in Vellmora.', 'Idris Tallow left Vellmora.', 1],
    ['one name only', 'Rain fell on Vellmora.', 'Snow fell on Vellmora.', 0],
    ['no name', 'Rain fell.', 'Snow fell.', 0],
    ['only the labels opening the lines of a results table', 'Quarterly results\nShr 28 cts\nNet 12 mln\nRevs 40 mln', 'Quarterly results\nShr 31 cts\nNet 15 mln\nRevs 52 mln', 0],
  ] as const)('%s', (_, first, second, expected) => {
    const stories = findStories([at('a', 1, undefined, first), at('b', 2, undefined, second)], lists({ a: ['b'], b: ['a'] }));
    expect(stories).toHaveLength(expected);
  });
});

describe('findStories: dates', () => {
  // Lists of one strong link each way (score 0.9) between articles the given days apart.
  const pair = (days: number, options = {}) => findStories([at('a', 1), at('b', 1 + days)], lists({ a: ['b'], b: ['a'] }), options);
  it.each([
    ['on the same day', 0, 1],
    ['a week apart (the disaster and the inquiry)', 7, 1],
    ['two weeks apart, with a strong link', 14, 1],
    ['four weeks apart', 28, 0],
  ] as const)('joins two reports %s: %i stories', (_, days, expected) => {
    expect(pair(days)).toHaveLength(expected);
  });

  it('needs a stronger link the further apart two reports are', () => {
    const weak = (days: number) => findStories([at('a', 1), at('b', 1 + days)], new Map([['a', [{ slug: 'b', score: 0.4, reasons: [], pinned: false }]]]));
    expect(weak(2)).toHaveLength(1);
    expect(weak(20)).toHaveLength(0);
  });

  it('runs a story on through reports close to one another, however long it lasts', () => {
    const days = [1, 4, 7, 10, 13, 16, 19];
    const articles = days.map((day) => at(`r${day}`, day));
    const related = Object.fromEntries(days.map((day, i) => [`r${day}`, [days[i - 1], days[i + 1]].filter((d) => d !== undefined).map((d) => `r${d}`)]));
    expect(findStories(articles, lists(related))).toEqual([{ slug: 'r1', articles: days.map((day) => `r${day}`) }]);
  });

  it('leaves the dates out when told they are made up', () => {
    expect(pair(28, { ignoreDates: true })).toHaveLength(1);
  });
});

// Text cases: fictional events written for these tests, through the related-links engine.
const article = (slug: string, day: number, title: string, bodyText: string): RelatedInput => ({
  slug,
  title,
  standfirst: '',
  bodyText,
  tags: [],
  section: 'world',
  date: new Date(Date.UTC(2026, 2, day, 9)),
  pinned: [],
});

const site: RelatedInput[] = [
  article(
    'vellmora-quake',
    1,
    'Magnitude 6.1 earthquake shakes Vellmora',
    'A magnitude 6.1 earthquake struck Vellmora before dawn. Governor Idris Tallow said 14 people died and the old Vellmora bridge collapsed. Rescue teams from Kessing searched the rubble.',
  ),
  article(
    'vellmora-quake-toll',
    2,
    'Vellmora earthquake toll rises to 22',
    'The toll of the magnitude 6.1 Vellmora earthquake rose to 22, Governor Idris Tallow said. Crews cleared the collapsed Vellmora bridge while rescue teams from Kessing kept searching.',
  ),
  article(
    'vellmora-quake-aid',
    3,
    'Aid reaches Vellmora after earthquake',
    'Aid convoys reached Vellmora three days after the magnitude 6.1 earthquake. Governor Idris Tallow thanked rescue teams from Kessing; the Vellmora bridge will be rebuilt.',
  ),
  article(
    'quarren-quake',
    10,
    'Magnitude 5.4 earthquake hits the Quarren Islands',
    'A magnitude 5.4 earthquake hit the Quarren Islands on Tuesday. Mayor Selma Ordway said two harbour walls cracked in Port Ennis and 3 fishermen were hurt.',
  ),
  article(
    'quarren-quake-harbour',
    11,
    'Port Ennis repairs harbour after Quarren quake',
    'Port Ennis began repairing its cracked harbour walls after the magnitude 5.4 earthquake in the Quarren Islands, Mayor Selma Ordway said. The 3 injured fishermen left hospital.',
  ),
  article(
    'quarren-quake-ferries',
    12,
    'Quarren Islands ferries run again after quake',
    'Ferries to Port Ennis ran again after the magnitude 5.4 Quarren Islands earthquake. Mayor Selma Ordway said the harbour walls would be repaired within a month.',
  ),
  article(
    'lumetra-phone',
    20,
    'Lumetra unveils the Orbis 9 phone',
    'Lumetra showed its Orbis 9 phone in Halbrook with a folding screen and a 5,000 mAh battery. Chief executive Tova Renn said the Orbis 9 ships in May.',
  ),
  article(
    'lumetra-phone-price',
    21,
    'Orbis 9 phone priced at 899 crowns',
    'Lumetra priced the Orbis 9 phone at 899 crowns. Tova Renn told reporters in Halbrook the folding screen and the battery were built in-house.',
  ),
  article(
    'lumetra-phone-review',
    22,
    'First look at the Lumetra Orbis 9',
    'The Lumetra Orbis 9 folds its screen like a book. Tova Renn promised the phone ships in May from Halbrook; its battery lasted two days in our test.',
  ),
];
const added = article(
  'vellmora-quake-school',
  4,
  'Vellmora schools reopen after earthquake',
  'Schools in Vellmora reopened a week after the magnitude 6.1 earthquake, Governor Idris Tallow said, while the Vellmora bridge stayed closed and rescue teams from Kessing went home.',
);

const storiesOf = (articles: readonly RelatedInput[]) => findStories(articles, findRelated(articles));

describe('findStories from article text', () => {
  it('tells each event apart, the look-alike earthquake included', () => {
    expect(storiesOf(site)).toEqual([
      { slug: 'lumetra-phone', articles: ['lumetra-phone', 'lumetra-phone-price', 'lumetra-phone-review'] },
      { slug: 'quarren-quake', articles: ['quarren-quake', 'quarren-quake-harbour', 'quarren-quake-ferries'] },
      { slug: 'vellmora-quake', articles: ['vellmora-quake', 'vellmora-quake-toll', 'vellmora-quake-aid'] },
    ]);
  });

  it('adding one article to a story leaves every other story as it was', () => {
    const before = storiesOf(site);
    const after = storiesOf([...site, added]);
    const changed = after.filter((s) => !before.some((b) => JSON.stringify(b) === JSON.stringify(s)));
    expect(changed).toEqual([{ slug: 'vellmora-quake', articles: ['vellmora-quake', 'vellmora-quake-toll', 'vellmora-quake-aid', 'vellmora-quake-school'] }]);
    expect(after.map((s) => s.slug)).toEqual(before.map((s) => s.slug));
  });

  it('gives the same stories whatever order the articles come in', () => {
    expect(storiesOf([...site].reverse())).toEqual(storiesOf(site));
  });
});
