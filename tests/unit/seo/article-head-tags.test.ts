import { describe, expect, it } from 'vitest';
import { articleHeadTags } from '../../../src/lib/seo/article-head-tags.ts';
import { articleImageUrls, articleSocialImage, ownImageFile } from '../../../src/lib/seo/article-images.ts';
import { buildSiteIndex } from '../../../src/lib/site-index.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';
import { metaContent } from '../../support/head-tags.ts';

const plain = makeArticle('harbour', '2024-03-04T08:30:00Z', ['section: world', 'tags: [Ostrel, Harbours]', 'updated: 2024-03-04T15:45:00Z', 'description: The port reopened.']);
const untagged = makeArticle('quiet', '2024-07-01', []);
const linked = makeArticle('bridge', '2024-05-16T09:00:00+01:00', ['image:', '  src: https://images.example.org/bridge.jpg', '  alt: The bridge']);
const local = makeArticle('map', '2024-05-17T09:00:00+01:00', ['image:', '  src: pictures/Old Map.PNG', '  alt: A map']);
const { slugs } = buildSiteIndex([plain, untagged, linked, local], testSite);

describe('articleHeadTags', () => {
  const tags = articleHeadTags(plain, testSite, slugs, 'article');

  it.each([
    ['og:type', ['article']],
    ['og:title', ['Story harbour']],
    ['og:description', ['The port reopened.']],
    ['og:url', ['https://test.example/articles/harbour/']],
    ['og:image', ['https://test.example/articles/harbour/share.png']],
    ['og:image:width', ['1200']],
    ['og:image:height', ['630']],
    ['og:image:alt', ['Story harbour']],
    ['article:published_time', ['2024-03-04T08:30:00Z']],
    ['article:modified_time', ['2024-03-04T15:45:00Z']],
    ['article:section', ['World']],
    ['article:tag', ['Ostrel', 'Harbours']],
    ['twitter:card', ['summary_large_image']],
    ['twitter:image:alt', ['Story harbour']],
  ])('says %s', (key, content) => {
    expect(metaContent(tags, key)).toEqual(content);
  });

  it('gives summer dates their offset, and the publication date as modified when never updated', () => {
    const summer = articleHeadTags(untagged, testSite, slugs, 'article');
    expect(metaContent(summer, 'article:published_time')).toEqual(['2024-07-01T00:00:00+01:00']);
    expect(metaContent(summer, 'article:modified_time')).toEqual(['2024-07-01T00:00:00+01:00']);
    expect(metaContent(summer, 'article:tag')).toEqual([]);
  });

  it('carries the article (news: ReportageNewsArticle) and BreadcrumbList structured data', () => {
    const scripts = tags.flatMap((t) => (t.tag === 'script' ? [JSON.parse(t.json) as { '@type': string }] : []));
    expect(scripts.map((s) => s['@type'])).toEqual(['ReportageNewsArticle', 'BreadcrumbList']);
  });
});

describe('the picture an article is shared with', () => {
  const worldCard = { url: 'https://test.example/world/share.png', width: 1200, height: 630, alt: 'The latest World stories from Test Dispatch' };
  it.each([
    ['no picture, its own card', plain, 'article', { url: 'https://test.example/articles/harbour/share.png', width: 1200, height: 630, alt: 'Story harbour' }],
    ["no picture, its own card not drawn yet: its section's", plain, 'section', worldCard],
    [
      "no picture and no section given: the default section's card",
      untagged,
      'section',
      { ...worldCard, url: 'https://test.example/news/share.png', alt: 'The latest News stories from Test Dispatch' },
    ],
    ['an https picture', linked, 'article', { url: 'https://images.example.org/bridge.jpg', alt: 'The bridge' }],
    ['an https picture, whatever card the plan chose', linked, 'section', { url: 'https://images.example.org/bridge.jpg', alt: 'The bridge' }],
    ['a picture beside the article', local, 'article', { url: 'https://test.example/articles/map/image.png', alt: 'A map' }],
  ] as const)('with %s', (_case, article, card, image) => {
    expect(articleSocialImage(article, testSite, card)).toEqual(image);
  });

  it.each([
    ['its own card', 'article', ['https://images.example.org/bridge.jpg', 'https://test.example/articles/bridge/share.png']],
    ["its section's card", 'section', ['https://images.example.org/bridge.jpg', 'https://test.example/news/share.png']],
  ] as const)('lists the own picture first, then %s, for structured data', (_case, card, urls) => {
    expect(articleImageUrls(linked, testSite, card)).toEqual(urls);
  });

  it("points og:image, its alt text and the structured data's image at the section's card when the plan chose it", () => {
    const tags = articleHeadTags(plain, testSite, slugs, 'section');
    expect(metaContent(tags, 'og:image')).toEqual([worldCard.url]);
    expect(metaContent(tags, 'og:image:alt')).toEqual([worldCard.alt]);
    expect(metaContent(tags, 'twitter:image:alt')).toEqual([worldCard.alt]);
    const article = tags.flatMap((t) => (t.tag === 'script' ? [JSON.parse(t.json) as { '@type': string; image?: string[] }] : [])).find((s) => s['@type'] === 'ReportageNewsArticle');
    expect(article?.image).toEqual([worldCard.url]);
  });

  it.each([
    ['photo.jpg', 'image.jpg'],
    ['pictures/Old Map.PNG', 'image.png'],
    ['../shared/x.webp', 'image.webp'],
    ['https://images.example.org/a.jpg', undefined],
  ])('publishes %s as %s', (src, file) => {
    expect(ownImageFile(src)).toBe(file);
  });

  it('refuses a file that is no picture', () => {
    expect(() => ownImageFile('notes.txt')).toThrow(/is not a picture/);
  });
});
