import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/article.ts';
import { chooseShareCards, shareImageBudget } from '../../../src/lib/share-image/share-image-budget.ts';
import { sectionCardAlt, sectionCardContent } from '../../../src/lib/share-image/share-card-content.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

// Invented articles, given oldest first so that the choice must order them itself.
const oldest = makeArticle('oldest', '2024-01-01T09:00');
const older = makeArticle('older', '2024-02-01T09:00', ['section: world']);
const tieB = makeArticle('tie-b', '2024-03-01T09:00');
const tieA = makeArticle('tie-a', '2024-03-01T09:00', ['section: world']);
const newest = makeArticle('newest', '2024-04-01T09:00');
const articles = [oldest, older, tieB, tieA, newest];
const slugs = (list: readonly Article[]) => list.map((a) => a.slug);

describe('which articles have their own share card in a build', () => {
  type Expected = { own: string[]; toDraw: string[]; waiting: string[]; drawAhead: string[] };
  it.each<[string, number, readonly string[], Expected]>([
    ['a cold cache and room for all', 10, [], { own: ['newest', 'tie-a', 'tie-b', 'older', 'oldest'], toDraw: ['newest', 'tie-a', 'tie-b', 'older', 'oldest'], waiting: [], drawAhead: [] }],
    ['a cold cache and a budget of 1: the newest only, nothing left to draw ahead', 1, [], { own: ['newest'], toDraw: ['newest'], waiting: ['tie-a', 'tie-b', 'older', 'oldest'], drawAhead: [] }],
    ['a budget that ends between two of the same time: the first by slug', 2, [], { own: ['newest', 'tie-a'], toDraw: ['newest', 'tie-a'], waiting: ['tie-b', 'older', 'oldest'], drawAhead: [] }],
    ['a budget of 0: only the cached keep theirs, nothing is drawn', 0, ['older'], { own: ['older'], toDraw: [], waiting: ['newest', 'tie-a', 'tie-b', 'oldest'], drawAhead: [] }],
    [
      'the newest drawn: the budget draws the next newest ahead, for the next build',
      1,
      ['newest', 'tie-a'],
      { own: ['newest', 'tie-a'], toDraw: [], waiting: ['tie-b', 'older', 'oldest'], drawAhead: ['tie-b'] },
    ],
    ['an old card cached, newer ones missing', 2, ['oldest'], { own: ['newest', 'tie-a', 'oldest'], toDraw: ['newest', 'tie-a'], waiting: ['tie-b', 'older'], drawAhead: [] }],
    [
      'one of the newest missing (a new headline) while older ones catch up: it is waited for, they are drawn ahead with what is left',
      3,
      ['newest', 'tie-b'],
      { own: ['newest', 'tie-a', 'tie-b'], toDraw: ['tie-a'], waiting: ['older', 'oldest'], drawAhead: ['older', 'oldest'] },
    ],
    ['everything cached: nothing to draw, whatever the budget', 0, slugs(articles), { own: ['newest', 'tie-a', 'tie-b', 'older', 'oldest'], toDraw: [], waiting: [], drawAhead: [] }],
  ])('with %s', (_case, budget, cached, expected) => {
    const choice = chooseShareCards(articles, budget, (article) => cached.includes(article.slug));
    expect({ own: slugs(choice.own), toDraw: slugs(choice.toDraw), waiting: slugs(choice.waiting), drawAhead: slugs(choice.drawAhead) }).toEqual(expected);
  });

  it('shows the cards drawn ahead in the next build, until every article has its own, never drawing more than the budget a build', () => {
    const drawn = new Set<string>();
    const builds: { toDraw: string[]; drawAhead: string[]; waiting: string[] }[] = [];
    for (let build = 0; build < 4; build++) {
      const choice = chooseShareCards(articles, 2, (article) => drawn.has(article.slug));
      builds.push({ toDraw: slugs(choice.toDraw), drawAhead: slugs(choice.drawAhead), waiting: slugs(choice.waiting) });
      expect(choice.toDraw.length + choice.drawAhead.length).toBeLessThanOrEqual(2);
      for (const article of [...choice.toDraw, ...choice.drawAhead]) drawn.add(article.slug);
    }
    expect(builds).toEqual([
      { toDraw: ['newest', 'tie-a'], drawAhead: [], waiting: ['tie-b', 'older', 'oldest'] },
      { toDraw: [], drawAhead: ['tie-b', 'older'], waiting: ['tie-b', 'older', 'oldest'] },
      { toDraw: [], drawAhead: ['oldest'], waiting: ['oldest'] },
      { toDraw: [], drawAhead: [], waiting: [] },
    ]);
  });
});

describe("a section's card", () => {
  it.each([
    ['World', testSite.sections[1]],
    ['News, the default section of articles that name none', testSite.sections[0]],
  ])('for %s says whose card it is, with no date and no article headline', (_case, section) => {
    if (section === undefined) throw new Error('the test site has two sections');
    const content = sectionCardContent(section, testSite);
    expect(content).toEqual({ headline: `The latest ${section.name} stories`, direction: 'ltr', section: section.name, credit: 'test.example', siteName: 'Test Dispatch' });
    expect(sectionCardAlt(section, testSite)).toBe(`The latest ${section.name} stories from Test Dispatch`);
  });
});

describe('the share-image budget', () => {
  it.each<[string, string | undefined, number, number | RegExp]>([
    ["the site's", undefined, 1000, 1000],
    ["the site's when the variable is empty", '', 1000, 1000],
    ['the variable over the site', '25', 1000, 25],
    ['0: no new card this build', '0', 1000, 0],
    ['a variable that is no whole number', '1e3', 1000, /^DISPATCH_SHARE_IMAGE_BUDGET: expected a whole number of articles \(0 or more\), found "1e3"$/],
    ['a negative variable', '-5', 1000, /^DISPATCH_SHARE_IMAGE_BUDGET: .* found "-5"$/],
    ['a negative config', undefined, -1, /^src\/site\.config\.ts: shareImageBudget: expected a whole number of articles \(0 or more\), found -1$/],
    ['a fractional config', undefined, 2.5, /^src\/site\.config\.ts: shareImageBudget: .* found 2\.5$/],
  ])('is %s', (_case, variable, configured, expected) => {
    const read = () => shareImageBudget({ ...testSite, shareImageBudget: configured }, variable);
    if (typeof expected === 'number') expect(read()).toBe(expected);
    else expect(read).toThrow(expected);
  });
});
