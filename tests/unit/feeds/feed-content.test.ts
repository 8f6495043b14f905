import { describe, expect, it } from 'vitest';
import { feedContentHtml } from '../../../src/lib/feeds/feed-content.ts';

const article = 'https://test.example/articles/harbour/';

describe('feedContentHtml', () => {
  it.each([
    ['a site path', '<a href="/business/">x</a>', '<a href="https://test.example/business/">x</a>'],
    ['a fragment', '<a href="#what-was-repaired">x</a>', '<a href="https://test.example/articles/harbour/#what-was-repaired">x</a>'],
    ['a relative path', '<a href="../other/">x</a>', '<a href="https://test.example/articles/other/">x</a>'],
    ['a picture', '<img src="/images/logo.png" alt="Logo">', '<img src="https://test.example/images/logo.png" alt="Logo">'],
    ['a quotation source', '<blockquote cite="/sources/1/">q</blockquote>', '<blockquote cite="https://test.example/sources/1/">q</blockquote>'],
    ['an absolute URL, untouched', '<a href="https://example.org/a?b=1&#x26;c=2">x</a>', '<a href="https://example.org/a?b=1&amp;c=2">x</a>'],
    ['a mailto link, untouched', '<a href="mailto:desk@test.example">x</a>', '<a href="mailto:desk@test.example">x</a>'],
    ['an escaped query', '<a href="/search/?q=a&#x26;b">x</a>', '<a href="https://test.example/search/?q=a&amp;b">x</a>'],
    ['text that only looks like a link', '<p>write href="/x" in text</p>', '<p>write href="/x" in text</p>'],
    ['a > inside an attribute', '<a title="a > b" href="/x/">x</a>', '<a title="a > b" href="https://test.example/x/">x</a>'],
  ])('makes %s absolute', (_case, html, expected) => {
    expect(feedContentHtml(html, article)).toBe(expected);
  });

  it('drops our "#" deep links and pictures left to Astro’s image pipeline', () => {
    const html = '<p id="p-a-1">Text.<a class="anchor" href="#p-a-1" aria-label="Link to this paragraph"></a></p><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./a.jpg&#x22;}">';
    expect(feedContentHtml(html, article)).toBe('<p id="p-a-1">Text.</p>');
  });
});
