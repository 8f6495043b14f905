import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { parsePage, textOf } from '../support/html.ts';
import { THEME_BOOTSTRAP_SCRIPT } from '../../src/lib/theme-bootstrap.ts';

describe('a valid fixture site', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite('tests/fixtures/valid-site/articles');
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('publishes one page per published article and nothing else under /articles/', () => {
    // Alias redirect pages (old slugs) also live under /articles/; they are not articles.
    const pages = site.files().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f) && !site.read(f).includes('http-equiv="refresh"'));
    expect(pages).toEqual(['articles/harbour-reopens/index.html', 'articles/hostile-markup/index.html', 'articles/storm-damage/index.html']);
  });

  it('keeps drafts and `_` notes out of a production build', () => {
    expect(site.exists('articles/secret-draft/index.html')).toBe(false);
    expect(site.files().join('\n')).not.toContain('template');
    expect(site.read('index.html')).not.toContain('An unfinished draft');
  });

  it('lists articles newest first on the front page', () => {
    const doc = parsePage(site.read('index.html'));
    expect([...doc.querySelectorAll('.article-card-headline a')].map((a) => a.getAttribute('href'))).toEqual(['/articles/harbour-reopens/', '/articles/hostile-markup/', '/articles/storm-damage/']);
  });

  it('renders an article page with every part a reader expects', () => {
    const doc = parsePage(site.read('articles/harbour-reopens/index.html'));
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(textOf(doc.querySelector('h1'))).toBe('Ostrel harbour reopens after storm repairs');
    expect(textOf(doc.querySelector('.article-standfirst'))).toBe('The fictional port of Ostrel reopened to shipping on Monday after six weeks of repairs.');
    expect(textOf(doc.querySelector('.article-byline'))).toBe('By Mara Quell and Tomas Edry');
    const times = [...doc.querySelectorAll('.article-dates time')].map((t) => [t.getAttribute('datetime'), textOf(t)]);
    expect(times).toEqual([
      ['2024-03-04T08:30:00Z', '4 March 2024, 08:30 GMT'],
      ['2024-03-04T15:45:00Z', '4 March 2024, 15:45 GMT'],
    ]);
    expect(textOf(doc.querySelector('.article-dates'))).toContain('1 min read');
    expect(doc.querySelector('.article-body h2')?.id).toBe('what-was-repaired');
    expect(doc.querySelector('.article-body table')).not.toBeNull();
    expect(doc.querySelector('.article-body .footnotes')).not.toBeNull();
    expect(textOf(doc.querySelector('.article-kicker'))).toBe('Business');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://dispatch.example/articles/harbour-reopens/');
  });

  it('keeps footnote links working after sanitising', () => {
    const doc = parsePage(site.read('articles/harbour-reopens/index.html'));
    const ref = doc.querySelector('.article-body sup a');
    const target = ref?.getAttribute('href')?.slice(1) ?? '';
    expect(target).not.toBe('');
    expect(doc.getElementById(target)).not.toBeNull();
  });

  it('takes the slug from a file name in a subfolder, and prints the agency credit', () => {
    const doc = parsePage(site.read('articles/storm-damage/index.html'));
    expect(textOf(doc.querySelector('.article-credit'))).toBe('Coastal Wire');
    expect(doc.querySelector('.article-dates time')?.getAttribute('datetime')).toBe('2024-01-20T00:00:00Z');
  });

  it('neutralises hostile markup in the body and the headline', () => {
    const html = site.read('articles/hostile-markup/index.html');
    const body = html.slice(html.indexOf('class="article-body"'));
    // The only scripts are ours: bundled files, JSON-LD data blocks and the theme bootstrap.
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
    for (const [tag, body] of scripts) {
      const ours = /^<script type="module" src="\/_astro\/[^"]+"><\/script>$/.test(tag) || tag.startsWith('<script type="application/ld+json">') || body === THEME_BOOTSTRAP_SCRIPT;
      expect(ours, tag).toBe(true);
    }
    expect(html).not.toMatch(/<script>alert/i);
    expect(body).not.toMatch(/<(iframe|form|input|object|embed)\b/i);
    expect(body).not.toMatch(/\son[a-z]+=/i);
    expect(body).not.toMatch(/javascript:/i);
    expect(body).not.toMatch(/style=/i);
    expect(body).not.toMatch(/id="location"|name="cookie"/);
    const doc = parsePage(html);
    expect(textOf(doc.querySelector('h1'))).toBe('A fair with <script>alert("title")</script> in its name');
    expect(doc.querySelector('.article-body sup')).not.toBeNull();
    expect(doc.querySelector('.article-body figure figcaption')).not.toBeNull();
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(textOf(doc.querySelector('.article-body h2'))).toBe('A body heading written as h1');
  });
});

describe('invalid content', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite('tests/fixtures/invalid-site/articles');
  });

  it('fails the build', () => {
    expect(site.status).not.toBe(0);
    expect(site.exists('index.html')).toBe(false);
  });

  it.each([
    ['bad-date.md:3: date: "2024-02-30" is not a calendar date'],
    ['words-date.md:3: date: "next Tuesday" is not an ISO 8601 date'],
    ['early-update.md:4: updated: 2024-02-01 is before the publication date 2024-03-01'],
    ['bad-slug.md:4: slug: "Not_A_Slug" is not a slug'],
    ['twin-one.md: slug: its file name gives the slug "twin-one", which tests/fixtures/invalid-site/articles/Twin One.md also has'],
    ['Twin One.md: slug: its file name gives the slug "twin-one", which tests/fixtures/invalid-site/articles/twin-one.md also has'],
    ['dangling.md:4: related: "no-such-article" names no article'],
    ['dangling.md:5: section: "gossip" is not a section of this site'],
    ['dangling.md:6: image.alt: is required when the image has a src'],
    ['dangling.md:7: image.src: "picture.jpg" does not exist'],
  ])('reports %s', (line) => {
    expect(site.output).toContain(`tests/fixtures/invalid-site/articles/${line}`);
  });

  it('reports every problem at once, with a count', () => {
    expect(site.output).toContain('10 problems in 7 article files');
  });
});

describe.each([
  ['a folder with no article', 'tests/fixtures/empty-site/articles', 'holds no article (*.md): the site would be empty'],
  ['a missing folder', 'tests/fixtures/no-such-folder/articles', 'the articles folder does not exist'],
])('%s', (_name, dir, message) => {
  it('fails the build instead of publishing an empty site', () => {
    const site = buildSite(dir);
    expect(site.status).not.toBe(0);
    expect(site.output).toContain(message);
    expect(site.exists('index.html')).toBe(false);
  });
});
