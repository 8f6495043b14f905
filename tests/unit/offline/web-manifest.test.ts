import { describe, expect, it } from 'vitest';
import { APP_HEAD_TAGS, APP_ICONS, MANIFEST_PATH, THEME_COLOURS, webManifest } from '../../../src/lib/offline/web-manifest.ts';
import { cacheControlOf, servingRules } from '../../../src/lib/serving/serving-rules.ts';
import { siteConfig } from '../../../src/site.config.ts';

const manifest = webManifest({ ...siteConfig, title: 'The Harbour Gazette', tagline: 'Tides and town news' });

describe('the web app manifest', () => {
  it.each([
    ['name', 'The Harbour Gazette'],
    ['short_name', 'The Harbour Gazette'],
    ['description', 'Tides and town news'],
    ['start_url', '/'],
    ['scope', '/'],
    ['display', 'standalone'],
    ['background_color', THEME_COLOURS.light],
    ['theme_color', THEME_COLOURS.light],
  ] as const)('%s: %s', (member, value) => {
    expect(manifest[member]).toBe(value);
  });

  it('lists PNG icons of 192 and 512 px, one of them maskable', () => {
    expect(manifest.icons).toEqual([
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
    expect(APP_ICONS.filter((icon) => icon.purpose === 'maskable')).toHaveLength(1);
  });

  it('is linked from every page with the bar colour of each system theme', () => {
    expect(APP_HEAD_TAGS).toEqual([
      { tag: 'link', attributes: { rel: 'manifest', href: MANIFEST_PATH } },
      { tag: 'meta', attributes: { name: 'theme-color', content: '#ffffff', media: '(prefers-color-scheme: light)' } },
      { tag: 'meta', attributes: { name: 'theme-color', content: '#121212', media: '(prefers-color-scheme: dark)' } },
    ]);
  });
});

describe('serving', () => {
  const rules = servingRules({ origin: 'https://news.test', contentSecurityPolicy: "default-src 'self'", redirects: [] });

  it.each([['/sw.js'], [MANIFEST_PATH], ['/icons/icon-192.png']])('%s is revalidated on every visit, never kept as immutable', (path) => {
    expect(cacheControlOf(rules, path)).toBe('public, max-age=0, must-revalidate');
  });
});
