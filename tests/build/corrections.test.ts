import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFeeds, type FoundFeed } from '../../src/build/validate/feeds.ts';
import { checkJsonLd } from '../../src/build/validate/json-ld.ts';
import { checkLinks } from '../../src/build/validate/links.ts';
import { formatValidationProblem } from '../../src/build/validate/problem.ts';
import { readSiteFiles } from '../../src/build/validate/site-files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { buildSite, openSite, PROJECT_ROOT, type BuiltSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { parsePage, textOf } from '../support/html.ts';
import { htmlProblems } from '../support/html-problems.ts';

const SAMPLE = 'articles/orla-flood-wall-work-begins/index.html';
const CORRECTION_TEXT = 'An earlier version of this article said the wall would be 2.4 kilometres long. It will be 4.2 kilometres long.';
const CORRECTION_FEEDS: FoundFeed[] = [
  { path: 'feeds/corrections/rss.xml', kind: 'rss' },
  { path: 'feeds/corrections/atom.xml', kind: 'atom' },
  { path: 'feeds/corrections/feed.json', kind: 'json' },
];

function articleJsonLd(doc: Document): Record<string, unknown> {
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  for (const block of blocks) expect(checkJsonLd(block).filter((p) => p.severity === 'error')).toEqual([]);
  const article = blocks.map((b) => JSON.parse(b) as Record<string, unknown>).find((node) => String(node['@id']).endsWith('#article'));
  if (!article) throw new Error('no article JSON-LD');
  return article;
}

describe('corrections and updates on the site built from content/articles', () => {
  const site = openSite(DEFAULT_DIST);
  let doc: Document;
  beforeAll(() => {
    doc = parsePage(site.read(SAMPLE));
  });

  it('marks the corrected sample at its top, between the header and the body, with a link to its log', () => {
    const notice = doc.querySelector('article .correction-notice');
    expect(textOf(notice?.querySelector('.correction-notice-label'))).toBe('Correction 28 May 2024, 10:15 BST');
    expect(notice?.querySelector('time')?.getAttribute('datetime')).toBe('2024-05-28T10:15:00+01:00');
    expect(textOf(notice?.querySelector('.correction-notice-text'))).toBe(CORRECTION_TEXT);
    expect(notice?.querySelector('.correction-notice-text em')?.textContent).toBe('2.4 kilometres');
    const html = site.read(SAMPLE);
    expect(html.indexOf('class="article-header"')).toBeLessThan(html.indexOf('class="correction-notice"'));
    expect(html.indexOf('class="correction-notice"')).toBeLessThan(html.indexOf('class="article-body"'));
    const target = notice?.querySelector('a')?.getAttribute('href') ?? '';
    expect(doc.getElementById(target.replace(/^#/, ''))?.tagName.toLowerCase()).toBe('section');
  });

  it('logs the correction and the update at the end, newest first, each labelled and dated in the site’s time zone', () => {
    const log = doc.querySelector('article section#corrections-and-updates');
    expect(textOf(log?.querySelector('h2'))).toBe('Corrections and updates');
    const entries = [...(log?.querySelectorAll('li') ?? [])].map((li) => [
      textOf(li.querySelector('.change-log-label')),
      li.querySelector('time')?.getAttribute('datetime'),
      textOf(li.querySelector('time')),
    ]);
    expect(entries).toEqual([
      ['Correction', '2024-05-28T10:15:00+01:00', '28 May 2024, 10:15 BST'],
      ['Update', '2024-05-27T15:40:00+01:00', '27 May 2024, 15:40 BST'],
    ]);
    // The update's link is the editor's, kept by the sanitiser.
    expect(log?.querySelector('.change-log-update a')?.getAttribute('href')).toBe('/articles/vessen-valley-rebuilding-budget/');
    const html = site.read(SAMPLE);
    expect(html.indexOf('class="article-body"')).toBeLessThan(html.indexOf('class="change-log"'));
  });

  it('links the log to the corrections policy only when the site publishes one', () => {
    const hasPolicy = existsSync(join(PROJECT_ROOT, 'content/pages/corrections-policy.md'));
    const link = doc.querySelector('#corrections-and-updates .change-log-policy a')?.getAttribute('href');
    expect(link).toBe(hasPolicy ? '/corrections-policy/' : undefined);
  });

  it('dates "Updated", dateModified and article:modified_time by the latest change, and lists the correction in JSON-LD', () => {
    expect([...doc.querySelectorAll('.article-dates time')].map((t) => t.getAttribute('datetime'))).toEqual(['2024-05-27T09:00:00+01:00', '2024-05-28T10:15:00+01:00']);
    expect(doc.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe('2024-05-28T10:15:00+01:00');
    const ld = articleJsonLd(doc);
    expect(ld['dateModified']).toBe('2024-05-28T10:15:00+01:00');
    expect(ld['correction']).toEqual([{ '@type': 'CorrectionComment', text: CORRECTION_TEXT, datePublished: '2024-05-28T10:15:00+01:00' }]);
  });

  it('lists the correction on /corrections/, linked to its entry in the article’s log', () => {
    const page = parsePage(site.read('corrections/index.html'));
    expect(textOf(page.querySelector('h1'))).toBe('Corrections');
    const entries = [...page.querySelectorAll('.corrections-entry')];
    const dates = entries.map((e) => Date.parse(e.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const sample = entries.find((e) => e.querySelector('a')?.getAttribute('href')?.startsWith('/articles/orla-flood-wall-work-begins/#'));
    expect(textOf(sample?.querySelector('.corrections-headline'))).toBe('Work begins on Orla’s flood wall, the first project of the Vessen Valley rebuilding plan');
    expect(textOf(sample?.querySelector('.corrections-text'))).toBe(CORRECTION_TEXT);
    const fragment = (sample?.querySelector('a')?.getAttribute('href') ?? '').split('#')[1] ?? '';
    expect(textOf(doc.getElementById(fragment)?.querySelector('.change-log-label'))).toBe('Correction');
    expect([...page.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href'))).toEqual(expect.arrayContaining(CORRECTION_FEEDS.map((f) => `${siteConfig.url}/${f.path}`)));
  });

  it('publishes the corrections feeds, valid to the site’s own feed checks, one item per correction with a stable id', async () => {
    const report = await checkFeeds(readSiteFiles(DEFAULT_DIST, siteConfig.url), CORRECTION_FEEDS);
    expect(report.problems.map((p) => formatValidationProblem(p))).toEqual([]);
    const json = JSON.parse(site.read('feeds/corrections/feed.json')) as { items: { id: string; url: string; title: string; date_published: string }[] };
    const item = json.items.find((i) => i.url.startsWith(`${siteConfig.url}/articles/orla-flood-wall-work-begins/#change-`));
    expect(item).toMatchObject({ title: 'Correction: Work begins on Orla’s flood wall, the first project of the Vessen Valley rebuilding plan', date_published: '2024-05-28T09:15:00.000Z' });
    expect(item?.id).toBe(item?.url);
    // Updates are not corrections.
    expect(json.items.every((i) => i.title.startsWith('Correction: '))).toBe(true);
  });

  it('lists /corrections/ in the sitemap and dates the sample by its latest change', () => {
    const sitemap = site.read('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${siteConfig.url}/corrections/</loc>`);
    expect(sitemap).toContain(`<loc>${siteConfig.url}/articles/orla-flood-wall-work-begins/</loc><lastmod>2024-05-28T09:15:00.000Z</lastmod>`);
  });

  it('links /corrections/ from every page’s footer', () => {
    expect(parsePage(site.read('index.html')).querySelector('.site-footer a[href="/corrections/"]')).not.toBeNull();
  });

  it('prints valid HTML whose links all resolve', async () => {
    const pages = [SAMPLE, 'corrections/index.html'];
    expect(await htmlProblems(site, pages)).toEqual([]);
    expect(checkLinks(readSiteFiles(DEFAULT_DIST, siteConfig.url), pages).problems.map((p) => formatValidationProblem(p))).toEqual([]);
  });
});

describe('a site with updates but no correction', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite('tests/fixtures/corrections-none/articles', { env: { DISPATCH_NOW: '2024-06-01T00:00:00Z' } });
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('logs the update without a correction notice', () => {
    const doc = parsePage(site.read('articles/ferry-sails/index.html'));
    expect(doc.querySelector('.correction-notice')).toBeNull();
    const entries = [...doc.querySelectorAll('#corrections-and-updates li')].map((li) => [textOf(li.querySelector('.change-log-meta')), textOf(li.querySelector('.change-log-text'))]);
    expect(entries).toEqual([['Update 1 March 2024, 15:00 GMT', 'Added the new timetable.']]);
    expect(articleJsonLd(doc)['correction']).toBeUndefined();
  });

  it('still has a /corrections/ page that says there are none, and valid empty feeds', async () => {
    const page = parsePage(site.read('corrections/index.html'));
    expect(textOf(page.querySelector('.corrections-none'))).toBe('We have published no corrections.');
    expect(page.querySelector('.corrections-entry')).toBeNull();
    const report = await checkFeeds(readSiteFiles(site.outDir, siteConfig.url), CORRECTION_FEEDS);
    expect(report.problems.map((p) => formatValidationProblem(p))).toEqual([]);
    expect(await htmlProblems(site, ['corrections/index.html', 'articles/ferry-sails/index.html'])).toEqual([]);
  });
});

describe('corrections the build refuses', () => {
  it.each([
    [
      'a correction dated before the article, or empty',
      'tests/fixtures/corrections-invalid/articles',
      [
        'early-correction.md:7: corrections.1.date: 2024-02-28T10:00:00Z is before the publication date 2024-03-01T09:00:00Z',
        'empty-correction.md:9: corrections.0.text: is empty: say what was corrected',
      ],
    ],
    ['a correction holding a heading', 'tests/fixtures/corrections-refused/articles', ['heading-note.md:6: corrections.0.text: cannot hold a heading: say what changed in a sentence or two of text']],
  ])('fails the build on %s, naming the file, line and field', (_what, dir, lines) => {
    const site = buildSite(dir);
    expect(site.status).not.toBe(0);
    expect(site.exists('index.html')).toBe(false);
    for (const line of lines) expect(site.output).toContain(`${dir}/${line}`);
  });
});
