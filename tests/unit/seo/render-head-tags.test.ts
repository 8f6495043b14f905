import { describe, expect, it } from 'vitest';
import { renderHeadTags } from '../../../src/lib/seo/render-head-tags.ts';

describe('renderHeadTags', () => {
  it.each([
    [{ tag: 'title', content: '</title><script>alert(1)</script> & co' } as const, '<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>'],
    [{ tag: 'meta', attributes: { property: 'og:title', content: '"><script>alert(1)</script>' } } as const, '<meta property="og:title" content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">'],
    [{ tag: 'link', attributes: { rel: 'canonical', href: 'https://test.example/a/?b=1&c=2' } } as const, '<link rel="canonical" href="https://test.example/a/?b=1&amp;c=2">'],
    [{ tag: 'script', type: 'application/ld+json', json: '{"a":"\\u003c"}' } as const, '<script type="application/ld+json">{"a":"\\u003c"}</script>'],
  ])('writes %j safely', (tag, html) => {
    expect(renderHeadTags([tag])).toBe(html);
  });

  it.each([
    ['a title with characters HTML forbids', { tag: 'title', content: 'Bell\u0007 and\u0000 null\uFFFE' } as const, '<title>Bell and null</title>'],
    [
      'a description with an open override, closed before the quote',
      { tag: 'meta', attributes: { name: 'description', content: 'a \u202Eb' } } as const,
      '<meta name="description" content="a \u202Eb\u202C">',
    ],
  ])('cleans %s', (_case, tag, html) => {
    expect(renderHeadTags([tag])).toBe(html);
  });

  it('refuses an attribute name that could break out of the tag', () => {
    expect(() => renderHeadTags([{ tag: 'meta', attributes: { 'x onload': 'y' } }])).toThrow(/not an attribute name/);
  });
});
