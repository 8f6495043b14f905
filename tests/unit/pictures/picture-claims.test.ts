import { describe, expect, it } from 'vitest';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { pictureClaims } from '../../../src/lib/pictures/picture-claims.ts';
import { articleText, testSite } from '../content/site.ts';

const ok = ['title: A headline', 'date: 2024-01-02'];

function claimsOf(files: Record<string, string>) {
  const sources = Object.entries(files).map(([file, text]) => ({ file, text }));
  return pictureClaims(sources, validateArticles(sources, testSite));
}

describe('pictureClaims', () => {
  it.each([
    ['a block image, with the line of src', [...ok, 'image:', '  alt: A map', '  src: " map.png "'], [{ src: 'map.png', line: 6 }]],
    ['a flow image, with the line of image', [...ok, 'image: { src: ../../secret-plan.png, alt: x }'], [{ src: '../../secret-plan.png', line: 4 }]],
    ['an https:// picture, which is no file', [...ok, 'image: { src: "https://images.example/x.png", alt: x }'], []],
    ['no picture', ok, []],
    ['an article refused for its date, whose picture is checked too', ['title: T', 'date: 2024-02-30', 'image: { src: /etc/passwd, alt: x }'], [{ src: '/etc/passwd', line: 4 }]],
    ['a src the schema already refused, not reported twice', [...ok, 'image: { src: "file:///etc/passwd", alt: x }'], []],
    ['an image the schema refused for its alt, whose src is still checked', [...ok, 'image: { src: a.png }'], [{ src: 'a.png', line: 4 }]],
    ['front matter that cannot be read', ['title: [unclosed', 'image: { src: a.png, alt: x }'], []],
  ])('%s', (_name, lines, claims) => {
    expect(claimsOf({ 'articles/a.md': articleText(lines) })).toEqual(claims.map((claim) => ({ file: 'articles/a.md', ...claim })));
  });
});
