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
  const tags = articleHeadTags(plain, testSite, slugs);

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
    const summer = articleHeadTags(untagged, testSite, slugs);
    expect(metaContent(summer, 'article:published_time')).toEqual(['2024-07-01T00:00:00+01:00']);
    expect(metaContent(summer, 'article:modified_time')).toEqual(['2024-07-01T00:00:00+01:00']);
    expect(metaContent(summer, 'article:tag')).toEqual([]);
  });

  it('carries NewsArticle and BreadcrumbList structured data', () => {
    const scripts = tags.flatMap((t) => (t.tag === 'script' ? [JSON.parse(t.json) as { '@type': string }] : []));
    expect(scripts.map((s) => s['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
  });
});

describe('the picture an article is shared with', () => {
  it.each([
    ['no picture', plain, { url: 'https://test.example/articles/harbour/share.png', width: 1200, height: 630, alt: 'Story harbour' }],
    ['an https picture', linked, { url: 'https://images.example.org/bridge.jpg', alt: 'The bridge' }],
    ['a picture beside the article', local, { url: 'https://test.example/articles/map/image.png', alt: 'A map' }],
  ])('with %s', (_case, article, image) => {
    expect(articleSocialImage(article, testSite)).toEqual(image);
  });

  it('lists the own picture first, then the generated card, for structured data', () => {
    expect(articleImageUrls(linked, testSite)).toEqual(['https://images.example.org/bridge.jpg', 'https://test.example/articles/bridge/share.png']);
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
