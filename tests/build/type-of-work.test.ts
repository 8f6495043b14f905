import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFeeds } from '../../src/build/validate/feeds.ts';
import { checkHeadMetadata } from '../../src/build/validate/head-metadata.ts';
import { checkLinks } from '../../src/build/validate/links.ts';
import { checkWithNuHtmlChecker } from '../../src/build/validate/nu-html-checker.ts';
import { errorsOf, formatValidationProblem } from '../../src/build/validate/problem.ts';
import { readSiteFiles } from '../../src/build/validate/site-files.ts';
import { WORK_TYPE_INFO } from '../../src/lib/trust/work-type.ts';
import { siteConfig } from '../../src/site.config.ts';
import { buildSite, openSite, type BuiltSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { parsePage, textOf } from '../support/html.ts';

const SITE = siteConfig.url;
const OPINION = 'kestrin-dam-regulator-opinion';
const ANALYSIS = 'ostrel-kessa-railway-analysis';
const NEWS = 'kestrin-dam-inquiry-report';
const TYPE_FEEDS = ['feeds/type/opinion/rss.xml', 'feeds/type/opinion/atom.xml', 'feeds/type/opinion/feed.json'];

type Json = Record<string, unknown>;
const jsonLd = (doc: Document) => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Json);
// The card of one article on a list page, and the label inside its heading.
const cardOf = (doc: Document, slug: string) => [...doc.querySelectorAll('.article-card')].find((card) => card.querySelector(`.article-card-headline a[href="/articles/${slug}/"]`));
const cardLabel = (card: Element | undefined) => card?.querySelector('.article-card-headline .work-type-label');

describe('type-of-work labels on the site built from content/articles', () => {
  // Built once for the build and browser tests by tests/support/default-site.ts.
  const site: BuiltSite = openSite(DEFAULT_DIST);
  const page = (path: string) => parsePage(site.read(path));

  describe('on the article page', () => {
    it.each([
      [OPINION, 'Opinion', '/type/opinion/', 'OpinionNewsArticle'],
      [ANALYSIS, 'Analysis', '/type/analysis/', 'AnalysisNewsArticle'],
    ])('%s is labelled %s above its headline, linked to %s, and typed %s', (slug, label, path, schemaType) => {
      const doc = page(`articles/${slug}/index.html`);
      const link = doc.querySelector('.article-header .article-kicker .work-type-label');
      expect(textOf(link)).toBe(label);
      expect(link?.getAttribute('href')).toBe(path);
      expect(textOf(doc.querySelector('.article-kicker'))).toBe(`${label} Politics`);
      expect(jsonLd(doc)[0]?.['@type']).toBe(schemaType);
    });

    it('sets opinion apart: its own class on the label and the header, not colour alone (the word is printed)', () => {
      const doc = page(`articles/${OPINION}/index.html`);
      expect(doc.querySelector('.article-kicker .work-type-label')?.classList.contains('work-type-opinion')).toBe(true);
      expect(doc.querySelector('header.article-header')?.classList.contains('article-header-opinion')).toBe(true);
      expect(page(`articles/${ANALYSIS}/index.html`).querySelector('.article-header-opinion')).toBeNull();
    });

    it('leaves news unlabelled, and types it ReportageNewsArticle', () => {
      const doc = page(`articles/${NEWS}/index.html`);
      expect(doc.querySelector('.work-type-label')).toBeNull();
      expect(textOf(doc.querySelector('.article-kicker'))).toBe('Science');
      expect(jsonLd(doc)[0]?.['@type']).toBe('ReportageNewsArticle');
    });
  });

  describe('on cards', () => {
    it.each(['politics/index.html', 'latest/index.html', 'authors/piotr-vell/index.html', 'topics/kestrin-dam/index.html', 'archive/2024/03/index.html'])(
      '%s labels the opinion piece inside its heading, and not the news',
      (path) => {
        const doc = page(path);
        const opinion = cardOf(doc, OPINION);
        expect(textOf(cardLabel(opinion))).toBe('Opinion');
        expect(cardLabel(opinion)?.getAttribute('href')).toBe('/type/opinion/');
        expect(opinion?.classList.contains('article-card-opinion')).toBe(true);
        // A reader moving by headings hears the label before the headline.
        expect(textOf(opinion?.querySelector('.article-card-headline'))).toMatch(/^Opinion ?: Varnia must not let/);
        for (const card of doc.querySelectorAll('.article-card')) {
          const href = [...card.querySelectorAll('.article-card-headline a')].at(-1)?.getAttribute('href');
          if (href !== `/articles/${OPINION}/` && href !== `/articles/${ANALYSIS}/`) expect(cardLabel(card), `${path}: ${href}`).toBeNull();
        }
      },
    );

    it('labels every card of either sample wherever a list shows it', () => {
      let seen = 0;
      for (const path of site.files().filter((f) => f.endsWith('.html'))) {
        const doc = page(path);
        for (const [slug, label] of [
          [OPINION, 'Opinion'],
          [ANALYSIS, 'Analysis'],
        ] as const) {
          const card = cardOf(doc, slug);
          if (card === undefined) continue;
          seen++;
          expect(textOf(cardLabel(card)), path).toBe(label);
        }
      }
      expect(seen).toBeGreaterThanOrEqual(10);
    });
  });

  describe('/type/opinion/', () => {
    let doc: Document;
    beforeAll(() => {
      doc = page('type/opinion/index.html');
    });

    it('explains the label at the top and lists only opinion, each card labelled as everywhere', () => {
      expect(textOf(doc.querySelector('h1'))).toBe('Opinion');
      expect(textOf(doc.querySelector('.work-type-meaning'))).toBe(`${WORK_TYPE_INFO.opinion.meaning} Every piece carries the label “Opinion” above its headline.`);
      expect([...doc.querySelectorAll('.article-card-headline a:not(.work-type-label)')].map((a) => a.getAttribute('href'))).toEqual([`/articles/${OPINION}/`]);
      expect([...doc.querySelectorAll('.article-card .work-type-label')].map(textOf)).toEqual(['Opinion']);
      expect(textOf(doc.querySelector('.breadcrumbs'))).toBe('Home › Story labels › Opinion');
    });

    it('names its own feeds in its head, beside the site’s', () => {
      const alternates = [...doc.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href'));
      expect(alternates).toEqual(expect.arrayContaining(TYPE_FEEDS.map((f) => `${SITE}/${f}`)));
      expect(alternates).toContain(`${SITE}/feeds/rss.xml`);
    });

    it('has feeds the site’s validators accept, listing only opinion', async () => {
      const files = readSiteFiles(DEFAULT_DIST, SITE);
      const report = await checkFeeds(
        files,
        TYPE_FEEDS.map((path) => ({ path, kind: path.endsWith('.json') ? 'json' : path.includes('atom') ? 'atom' : 'rss' })),
      );
      expect(report.problems.map((p) => formatValidationProblem(p))).toEqual([]);
      for (const feed of TYPE_FEEDS) {
        const links = [...site.read(feed).matchAll(/https:\/\/dispatch\.example\/articles\/[a-z0-9-]+\//g)].map((m) => m[0]);
        expect(new Set(links), feed).toEqual(new Set([`${SITE}/articles/${OPINION}/`]));
      }
    });

    it('is in the sitemap, as are the labels’ page and the analysis list', () => {
      const locs = site
        .files()
        .filter((f) => /^sitemap-\d+\.xml$/.test(f))
        .flatMap((f) => [...site.read(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
      expect(locs).toEqual(expect.arrayContaining([`${SITE}/type/`, `${SITE}/type/opinion/`, `${SITE}/type/analysis/`, `${SITE}/type/news/`]));
    });
  });

  it('publishes a page and feeds for the kinds of work the site has, and none for the others', () => {
    expect(site.files().filter((f) => /^type\/[^/]+\/index\.html$/.test(f))).toEqual(['type/analysis/index.html', 'type/news/index.html', 'type/opinion/index.html']);
    expect(site.exists('feeds/type/live/rss.xml')).toBe(false);
    const index = page('type/index.html');
    expect([...index.querySelectorAll('.work-type-index dt a')].map((a) => [textOf(a), a.getAttribute('href')])).toEqual([
      ['News', '/type/news/'],
      ['Analysis', '/type/analysis/'],
      ['Opinion', '/type/opinion/'],
    ]);
  });

  it('passes the Nu Html Checker, links and head checks on the new pages and the labelled articles', async () => {
    const pages = [
      'type/index.html',
      'type/opinion/index.html',
      'type/analysis/index.html',
      'type/news/index.html',
      `articles/${OPINION}/index.html`,
      `articles/${ANALYSIS}/index.html`,
      'politics/index.html',
    ];
    const files = readSiteFiles(DEFAULT_DIST, SITE);
    const reports = [checkLinks(files, pages), checkHeadMetadata(files, pages)];
    // The Nu Html Checker reads a folder: a copy of just these pages.
    const copy = mkdtempSync(join(tmpdir(), 'dispatch-types-vnu-'));
    for (const path of pages) {
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      copyFileSync(join(DEFAULT_DIST, path), join(copy, path));
    }
    reports.push(await checkWithNuHtmlChecker(copy, { siteOrigin: SITE, pages: pages.length }));
    expect(errorsOf(reports).map((p) => formatValidationProblem(p))).toEqual([]);
  });
});

describe('an unknown type of work', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite('tests/fixtures/work-type-site/articles');
  });

  it('fails the build, naming the file, the line and the field, and the kinds there are', () => {
    expect(site.status).not.toBe(0);
    expect(site.exists('index.html')).toBe(false);
    expect(site.output).toContain(
      'tests/fixtures/work-type-site/articles/unknown-type.md:4: type: "editorial" is not a kind of work (one of: news, analysis, opinion, explainer, review, interview, obituary, live)',
    );
    expect(site.output).not.toContain('labelled-opinion.md');
  });
});
