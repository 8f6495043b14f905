import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { parsePage, textOf } from '../support/html.ts';

// A Japanese article with no description: its summary is cut from the first paragraph, where
// a character outside the Basic Multilingual Plane (𠮷, two UTF-16 units) stands at units
// 199–200 after an emoji. Cut at 200 units, the summary ended in half of 𠮷, and the email
// share link threw "URI malformed", stopping the build without naming the article.
const FIXTURE = 'tests/fixtures/unicode-site/articles';
const firstParagraph = readFileSync(`${FIXTURE}/minato-matsuri.md`, 'utf8').split('---')[2]?.trim().split('\n\n')[0] ?? '';
const graphemes = [...new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(firstParagraph)].map((s) => s.segment);

describe('a site whose text is outside the Basic Multilingual Plane', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(FIXTURE);
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('has the fixture it means to test: 𠮷 where the old cut fell', () => {
    expect(firstParagraph.indexOf('𠮷')).toBe(198);
    expect(firstParagraph.slice(0, 199).isWellFormed()).toBe(false);
  });

  it('summarises by characters as a reader counts them, keeping 𠮷 whole', () => {
    const doc = parsePage(site.read('articles/minato-matsuri/index.html'));
    const summary = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(summary.isWellFormed()).toBe(true);
    expect(summary.endsWith('…')).toBe(true);
    const kept = [...new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(summary.slice(0, -1))].map((s) => s.segment);
    expect(kept).toEqual(graphemes.slice(0, kept.length));
    expect(kept.length).toBeGreaterThan(190);
    expect(kept.length).toBeLessThan(200);
    expect(summary).toContain('🎉の𠮷');
    expect(doc.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(summary);
  });

  it('shares the summary by email, decodable as sent', () => {
    const doc = parsePage(site.read('articles/minato-matsuri/index.html'));
    const summary = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    const href = doc.querySelector('a.share-email')?.getAttribute('href') ?? '';
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe('オストレルで三年ぶりの港祭り');
    expect(query.get('body')).toBe(`${summary}\n\nhttps://dispatch.example/articles/minato-matsuri/`);
  });

  it('lists the article with its summary, and an emoji headline whole', () => {
    const doc = parsePage(site.read('index.html'));
    const cards = [...doc.querySelectorAll('.article-card')];
    const card = cards.find((c) => textOf(c.querySelector('.article-card-headline')) === 'オストレルで三年ぶりの港祭り');
    expect(textOf(card?.querySelector('.article-card-summary')).endsWith('…')).toBe(true);
    expect(cards.map((c) => textOf(c.querySelector('.article-card-headline')))).toContain('Ostrel families fill the quay for the regatta 👨‍👩‍👧');
  });

  it('draws both share images', () => {
    expect(site.files().filter((f) => f.startsWith('articles/') && f.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('bodies nested deeper than the renderer can follow', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite('tests/fixtures/deep-site/articles');
  });

  it('fail the build before anything is rendered', () => {
    expect(site.status).not.toBe(0);
    expect(site.exists('index.html')).toBe(false);
  });

  it.each([
    ['deep-quotes.md:9: body: blockquotes and lists nested 70 deep; at most 64'],
    ['deep-markup.md:9: body: HTML elements nested 70 deep; at most 64'],
    ['hidden-closes.md:71: body: HTML elements nested 70 deep; at most 64'],
  ])('reports %s', (line) => {
    expect(site.output).toContain(`tests/fixtures/deep-site/articles/${line}`);
  });

  it('lets a body nested a little pass', () => {
    expect(site.output).not.toContain('harbour-notes.md');
  });
});
