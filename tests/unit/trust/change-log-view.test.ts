import { describe, expect, it } from 'vitest';
import { articlePageKeys } from '../../../src/data/article-pages.ts';
import { buildArticleView } from '../../../src/lib/article-view.ts';
import { changeAnchors, CHANGE_LOG_ID, changeFragment } from '../../../src/lib/trust/change-log-view.ts';
import { makeSitePlan, type SitePlanParts } from '../../../src/lib/site-plan/site-plan.ts';
import type { ArticleChange } from '../../../src/lib/trust/article-changes.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const slugs = { topics: new Map<string, string>(), authors: new Map<string, string>() };
const log = (...lines: string[]) => lines;
const CORRECTION = log('corrections:', '  - date: 2024-03-07T10:15', '    text: The harbour master is Ana Vell.');
const UPDATE = (date: string) => log('updates:', `  - date: ${date}`, '    text: Added her comments.');

function viewOf(extra: readonly string[], hasCorrectionsPolicy = false) {
  const article = makeArticle('harbour', '2024-03-05T09:30', extra);
  return buildArticleView(article, testSite, slugs, {}, { notes: article.changes.map((c) => `<p>${c.text}</p>`), hasCorrectionsPolicy });
}

describe('the article page’s corrections and updates', () => {
  it('marks the top of the article when the latest change is a correction, linking to the log', () => {
    const view = viewOf([...CORRECTION, ...UPDATE('2024-03-06T12:00')]);
    expect(view.correctionNotice).toEqual({
      label: 'Correction',
      date: { iso: '2024-03-07T10:15:00Z', text: '7 March 2024, 10:15 GMT' },
      html: '<p>The harbour master is Ana Vell.</p>',
      logPath: `#${CHANGE_LOG_ID}`,
    });
  });

  it('raises no notice when the latest change is an update: it corrects nothing', () => {
    expect(viewOf([...CORRECTION, ...UPDATE('2024-03-08T12:00')]).correctionNotice).toBeUndefined();
  });

  it('logs every change newest first, each labelled in words and dated in the site’s time zone', () => {
    const entries = viewOf([...CORRECTION, ...UPDATE('2024-04-02T12:00')]).changeLog?.entries ?? [];
    expect(entries.map((e) => [e.label, e.date.text, e.html])).toEqual([
      ['Update', '2 April 2024, 12:00 BST', '<p>Added her comments.</p>'],
      ['Correction', '7 March 2024, 10:15 GMT', '<p>The harbour master is Ana Vell.</p>'],
    ]);
    expect(entries.map((e) => e.date.iso)).toEqual(['2024-04-02T12:00:00+01:00', '2024-03-07T10:15:00Z']);
  });

  it.each([
    ['no link to a corrections policy the site does not have', false, undefined],
    ['a link to the corrections policy when the site has one', true, '/corrections-policy/'],
  ])('gives %s', (_what, hasPolicy, path) => {
    expect(viewOf(CORRECTION, hasPolicy).changeLog?.policyPath).toBe(path);
  });

  it('has neither notice nor log without changes', () => {
    const view = viewOf([]);
    expect([view.correctionNotice, view.changeLog]).toEqual([undefined, undefined]);
  });

  it.each([
    ['the latest correction', ['updated: 2024-03-06T09:00', ...CORRECTION], '2024-03-07T10:15:00Z'],
    ['the editor’s updated when it is later', ['updated: 2024-03-09T09:00', ...CORRECTION], '2024-03-09T09:00:00Z'],
    ['nothing when the only change came within the hour', log('corrections:', '  - date: 2024-03-05T09:50', '    text: Typo.'), undefined],
  ])('says "Updated" from %s', (_what, extra, iso) => {
    expect(viewOf(extra).updated?.iso).toBe(iso);
  });

  it('refuses a log whose rendered notes do not match its changes', () => {
    const article = makeArticle('harbour', '2024-03-05T09:30', CORRECTION);
    expect(() => buildArticleView(article, testSite, slugs)).toThrow('1 in the log but 0 rendered');
  });
});

describe('changeAnchors: each log entry’s own place', () => {
  const change = (text: string, kind: ArticleChange['kind'] = 'correction'): ArticleChange => ({ kind, date: new Date('2024-03-07T10:15Z'), text });

  it('is the same for the same change whatever else the log holds, so feed ids never move', () => {
    const [alone] = changeAnchors([change('A')]);
    expect(changeAnchors([change('B', 'update'), change('A')])[1]).toBe(alone);
    expect(alone).toMatch(/^[0-9a-f]{12}$/);
    expect(changeFragment(alone ?? '')).toBe(`change-${alone}`);
  });

  it('differs for a change written twice, so the page has no two equal ids', () => {
    const anchors = changeAnchors([change('A'), change('A')]);
    expect(new Set(anchors).size).toBe(2);
  });
});

describe('the corrected article page’s cacheKey', () => {
  const article = makeArticle('harbour', '2024-03-05T09:30', CORRECTION);
  const keyWith = async (note: string, sitePages: SitePlanParts['sitePages'] = []) => {
    const parts: SitePlanParts = {
      contentKey: 'k',
      articles: [article],
      sources: new Map([['harbour', { file: article.file, digest: 'd' }]]),
      related: new Map(),
      stories: [],
      pictures: new Map(),
      changeNotes: new Map([['harbour', [note]]]),
      authorProfiles: [],
      sitePages,
      searchShards: [],
      shareImages: [],
      sharedWithSectionCard: new Set(),
      shareImagesAhead: [],
    };
    const plan = makeSitePlan(parts, siteConfig);
    return (await articlePageKeys(plan, Promise.resolve(plan)))[0]?.cacheKey;
  };

  it('changes when a note’s text changes, so the page is rendered again', async () => {
    expect(await keyWith('<p>The harbour master is Ana Vell.</p>')).not.toBe(await keyWith('<p>The harbour master is Ana Vel.</p>'));
  });

  it('changes when the corrections policy page appears, which the log then links to', async () => {
    const policy = { slug: 'corrections-policy' as const, file: 'content/pages/corrections-policy.md', title: 'Corrections policy', description: 'How we correct.', html: '<p>How.</p>' };
    expect(await keyWith('<p>Same.</p>')).not.toBe(await keyWith('<p>Same.</p>', [policy]));
  });
});
