import { describe, expect, it } from 'vitest';
import { feedAlternateTags } from '../../../src/lib/seo/feed-links.ts';
import { testSite } from '../content/site.ts';

describe('feedAlternateTags', () => {
  it('advertises the site feeds in the three formats', () => {
    expect(feedAlternateTags(testSite).map((t) => (t.tag === 'link' ? t.attributes : {}))).toEqual([
      { rel: 'alternate', type: 'application/rss+xml', title: 'Test Dispatch (RSS)', href: 'https://test.example/feeds/rss.xml' },
      { rel: 'alternate', type: 'application/atom+xml', title: 'Test Dispatch (Atom)', href: 'https://test.example/feeds/atom.xml' },
      { rel: 'alternate', type: 'application/feed+json', title: 'Test Dispatch (JSON Feed)', href: 'https://test.example/feeds/feed.json' },
    ]);
  });

  it('advertises a section’s feeds under the section’s name', () => {
    const [rss] = feedAlternateTags(testSite, { slug: 'world', name: 'World' });
    expect(rss).toEqual({ tag: 'link', attributes: { rel: 'alternate', type: 'application/rss+xml', title: 'Test Dispatch: World (RSS)', href: 'https://test.example/feeds/world/rss.xml' } });
  });
});
