import { describe, expect, it } from 'vitest';
import { mastodonShareUrl } from '../../../src/lib/share/mastodon.ts';
import { buildShareView } from '../../../src/lib/share/share-links.ts';
import { testSite } from '../content/site.ts';
import { makeArticle } from '../fixtures.ts';

const article = { ...makeArticle('harbour', '2024-03-04T08:30:00Z', ['description: The port reopened & more.']), title: 'Harbour reopens: “at last” & more' };
const view = buildShareView(article, testSite);
const url = 'https://test.example/articles/harbour/';
const link = (id: string) => view.links.find((l) => l.id === id);

describe('buildShareView', () => {
  it('shares the absolute URL with its trailing slash', () => {
    expect(view.url).toBe(url);
    expect(view.text).toBe(`Harbour reopens: “at last” & more ${url}`);
  });

  it.each([
    ['email', 'mailto:', { subject: article.title, body: `The port reopened & more.\n\n${url}` }],
    ['x', 'https://x.com/intent/post', { text: article.title, url }],
    ['facebook', 'https://www.facebook.com/sharer/sharer.php', { u: url }],
    ['linkedin', 'https://www.linkedin.com/sharing/share-offsite/', { url }],
    ['whatsapp', 'https://wa.me/', { text: `${article.title} ${url}` }],
    ['bluesky', 'https://bsky.app/intent/compose', { text: `${article.title} ${url}` }],
    ['mastodon', '/share/mastodon/', { text: `${article.title} ${url}` }],
  ])('links to %s’s documented share URL (Mastodon: our page that asks for the server)', (id, base, query) => {
    const href = link(id)?.href ?? '';
    expect(href.startsWith(`${base}?`)).toBe(true);
    expect(Object.fromEntries(new URLSearchParams(href.slice(href.indexOf('?') + 1)))).toEqual(query);
  });

  it('names every link for assistive technology, with its visible label in the name', () => {
    for (const l of view.links) {
      expect(l.name.toLowerCase()).toContain(l.label.toLowerCase());
      expect(l.name).toMatch(/^Share (on|by) /);
    }
  });
});

describe('mastodonShareUrl', () => {
  const text = 'Harbour https://test.example/articles/harbour/';
  it.each([
    ['mastodon.social', 'https://mastodon.social/share'],
    [' https://Mastodon.Social/ ', 'https://mastodon.social/share'],
    ['@reader@hachyderm.io', 'https://hachyderm.io/share'],
    ['reader@fosstodon.org', 'https://fosstodon.org/share'],
    ['social.example:8443', 'https://social.example:8443/share'],
    ['mastodon.social/@reader"><script>', 'https://mastodon.social/share'],
  ])('sends %s to its share page', (server, base) => {
    expect(mastodonShareUrl(server, text)).toBe(`${base}?text=${encodeURIComponent(text)}`);
  });

  it.each(['', 'localhost', 'not a server', 'javascript:alert(1)', '"><script>alert(1)</script>'])('refuses %j', (server) => {
    expect(mastodonShareUrl(server, text)).toBeUndefined();
  });
});

// encodeURIComponent throws on half a surrogate pair: text cut by code units, or written with
// an escape, must never stop a page from being built.
describe('share links of text that is not well-formed', () => {
  const broken = { ...article, title: 'Harbour \ud842 reopens', summary: `${'港'.repeat(10)}\ud842` };
  const brokenView = buildShareView(broken, testSite);

  // Facebook and LinkedIn are sent the URL alone.
  it.each(brokenView.links.map((l) => [l.id, l.href]))('%s', (id, href) => {
    expect(href.isWellFormed()).toBe(true);
    expect(() => decodeURIComponent(href)).not.toThrow();
    if (id !== 'facebook' && id !== 'linkedin') expect(decodeURIComponent(href)).toContain('Harbour \ufffd reopens');
  });

  it('email carries the summary, its broken half replaced', () => {
    const href = brokenView.links.find((l) => l.id === 'email')?.href ?? '';
    expect(new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('body')).toBe(`${'港'.repeat(10)}\ufffd\n\n${url}`);
  });

  it('Mastodon too', () => {
    expect(mastodonShareUrl('mastodon.social', 'a\udc00b')).toBe('https://mastodon.social/share?text=a%EF%BF%BDb');
  });
});
