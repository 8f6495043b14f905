import { describe, expect, it } from 'vitest';
import { checkJsonLd } from '../../../src/build/validate/json-ld.ts';
import { newsArticleJsonLd } from '../../../src/lib/seo/json-ld.ts';
import { serializeJsonLd } from '../../../src/lib/seo/safe-json.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { WORK_TYPES } from '../../../src/lib/trust/work-type.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const LIVE = makeArticle('vote-count', '2024-04-14T20:00:00+01:00', [
  'type: live',
  'authors: [Mara Quell]',
  'updates:',
  '  - { date: "2024-04-14T22:30:00+01:00", text: "The first **results** are in from Ostrel.\\n\\nTurnout is up." }',
  '  - { date: "2024-04-14T21:00:00+01:00", text: Polls have closed. }',
  'corrections:',
  '  - { date: "2024-04-14T21:30:00+01:00", text: An earlier entry gave the wrong closing time. }',
]);
const { slugs } = buildSiteIndex([LIVE], testSite);
const jsonLdOf = (type: string) =>
  JSON.parse(serializeJsonLd(newsArticleJsonLd(makeArticle(`a-${type}`, '2024-04-01T09:00:00Z', [`type: ${type}`, 'authors: [Mara Quell]']), testSite, slugs, 'article'))) as Record<string, unknown>;

describe('the article’s schema.org type follows its kind of work', () => {
  it.each([
    ['news', 'ReportageNewsArticle'],
    ['analysis', 'AnalysisNewsArticle'],
    ['opinion', 'OpinionNewsArticle'],
    ['explainer', 'BackgroundNewsArticle'],
    ['review', 'ReviewNewsArticle'],
    ['interview', 'ReportageNewsArticle'],
    ['obituary', 'ReportageNewsArticle'],
    ['live', 'LiveBlogPosting'],
  ])('%s is a %s the build’s own validator accepts as an article', (type, schemaType) => {
    const data = jsonLdOf(type);
    expect(data['@type']).toBe(schemaType);
    expect(checkJsonLd(JSON.stringify(data))).toEqual([]);
    // Recognised as an article: one without a headline is refused.
    expect(checkJsonLd(JSON.stringify({ ...data, headline: '' })).map((p) => p.message)).toEqual([`${schemaType} has no "headline"`]);
  });

  it('names every kind', () => {
    expect(WORK_TYPES.map((type) => typeof jsonLdOf(type)['@type'])).toEqual(WORK_TYPES.map(() => 'string'));
  });
});

describe('a live article as a LiveBlogPosting', () => {
  const data = JSON.parse(serializeJsonLd(newsArticleJsonLd(LIVE, testSite, slugs, 'article'))) as Record<string, unknown>;

  it('starts its coverage when it was published and lists its updates newest first, not its corrections', () => {
    expect(data).toMatchObject({
      '@type': 'LiveBlogPosting',
      datePublished: '2024-04-14T20:00:00+01:00',
      coverageStartTime: '2024-04-14T20:00:00+01:00',
      liveBlogUpdate: [
        {
          '@type': 'BlogPosting',
          headline: 'The first results are in from Ostrel.',
          datePublished: '2024-04-14T22:30:00+01:00',
          articleBody: 'The first results are in from Ostrel.\n\nTurnout is up.',
        },
        { '@type': 'BlogPosting', headline: 'Polls have closed.', datePublished: '2024-04-14T21:00:00+01:00', articleBody: 'Polls have closed.' },
      ],
    });
    expect(data).not.toHaveProperty('coverageEndTime');
    expect(checkJsonLd(JSON.stringify(data))).toEqual([]);
  });

  it('leaves coverage out of every other kind', () => {
    expect(jsonLdOf('opinion')).not.toHaveProperty('coverageStartTime');
    expect(jsonLdOf('opinion')).not.toHaveProperty('liveBlogUpdate');
  });

  it('cuts a long update’s headline at a word, within 110 characters', () => {
    const long = makeArticle('long', '2024-04-14', ['type: live', 'updates:', `  - { date: 2024-04-15, text: "${'Counting continues in the valley. '.repeat(6).trim()}" }`]);
    const [update] = (newsArticleJsonLd(long, testSite, slugs, 'article')['liveBlogUpdate'] ?? []) as { headline: string }[];
    expect(update?.headline.length).toBeLessThanOrEqual(110);
    expect(update?.headline.endsWith('…')).toBe(true);
  });
});

describe('checkJsonLd on a LiveBlogPosting', () => {
  const base = {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline: 'Election night',
    datePublished: '2024-04-14T20:00:00+01:00',
    author: { '@type': 'Organization', name: 'Dispatch', url: 'https://dispatch.example/' },
  };
  it.each([
    [
      'complete',
      {
        coverageStartTime: '2024-04-14T20:00:00+01:00',
        coverageEndTime: '2024-04-15T02:00:00+01:00',
        liveBlogUpdate: [{ '@type': 'BlogPosting', headline: 'Polls close', datePublished: '2024-04-14T21:00:00+01:00' }],
      },
      [],
    ],
    ['no coverage start', {}, ['LiveBlogPosting "coverageStartTime" undefined is not an ISO 8601 date']],
    ['a start that is not a date', { coverageStartTime: 'tonight' }, ['LiveBlogPosting "coverageStartTime" "tonight" is not an ISO 8601 date']],
    [
      'an end before the start',
      { coverageStartTime: '2024-04-14T20:00:00+01:00', coverageEndTime: '2024-04-14T19:00:00+01:00' },
      ['LiveBlogPosting "coverageEndTime" 2024-04-14T19:00:00+01:00 is before its "coverageStartTime" 2024-04-14T20:00:00+01:00'],
    ],
    [
      'updates that are not dated BlogPostings with a headline',
      {
        coverageStartTime: '2024-04-14T20:00:00+01:00',
        liveBlogUpdate: [
          { '@type': 'Comment', text: 'x' },
          { '@type': 'BlogPosting', datePublished: 'soon' },
        ],
      },
      [
        'LiveBlogPosting "liveBlogUpdate" 1 is not a BlogPosting',
        'LiveBlogPosting "liveBlogUpdate" 2 has no "headline"',
        'LiveBlogPosting "liveBlogUpdate" 2 "datePublished" "soon" is not an ISO 8601 date',
      ],
    ],
  ])('%s', (_name, extra, messages) => {
    expect(checkJsonLd(JSON.stringify({ ...base, ...extra })).map((p) => p.message)).toEqual(messages);
  });
});
