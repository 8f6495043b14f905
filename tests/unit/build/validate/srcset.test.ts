import { describe, expect, it } from 'vitest';
import { srcsetUrls } from '../../../../src/build/validate/srcset.ts';

describe('srcsetUrls', () => {
  it.each([
    { srcset: '/a.png', urls: ['/a.png'] },
    { srcset: '/a.png 1x, /b.png 2x', urls: ['/a.png', '/b.png'] },
    { srcset: '/a.png 640w,/b.png 1280w', urls: ['/a.png', '/b.png'] },
    { srcset: '  /a.png   1x ,\n /b.png 2x  ', urls: ['/a.png', '/b.png'] },
    { srcset: '/img?w=1,2 1x, /c.png 2x', urls: ['/img?w=1,2', '/c.png'] },
    // As HTML reads it: a comma with no space after it is part of the URL.
    { srcset: '/a.png,/b.png', urls: ['/a.png,/b.png'] },
    { srcset: '/a.png,, /b.png 2x', urls: ['/a.png', '/b.png'] },
    { srcset: '', urls: [] },
  ])('reads $srcset', ({ srcset, urls }) => {
    expect(srcsetUrls(srcset)).toEqual(urls);
  });
});
