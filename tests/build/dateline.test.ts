import { describe, expect, it } from 'vitest';
import { openSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { parsePage, textOf } from '../support/html.ts';

type Json = Record<string, unknown>;

// Built once for the build and browser tests by tests/support/default-site.ts.
const site = openSite(DEFAULT_DIST);

function page(slug: string) {
  const doc = parsePage(site.read(`articles/${slug}/index.html`));
  const article = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Json).find((data) => 'datePublished' in data);
  const firstParagraph = doc.querySelector('.article-body > p');
  return { doc, article, firstParagraph };
}

describe('the dateline, where a story was reported from', () => {
  it('opens the first paragraph, set apart from the sentence it starts', () => {
    const { firstParagraph } = page('vessen-valley-rescue');
    expect(textOf(firstParagraph)).toMatch(/^ORLA, Varnia — Rescue crews in northern Varnia lifted more than 40 people/);
    expect(textOf(firstParagraph?.querySelector('bdi.article-dateline'))).toBe('ORLA, Varnia');
  });

  it('is the JSON-LD dateline', () => {
    expect(page('kestrin-dam-breach').article?.['dateline']).toBe('PELLOW BRIDGE, Varnia');
  });

  it('appears in the full-text feed as on the page', () => {
    expect(site.read('feeds/rss.xml')).toContain('ORLA, Varnia</bdi> — Rescue crews');
  });

  it('is absent where the copy had none: the seed is published as it arrived', () => {
    const { doc, article } = page('kim-jong-un-in-russia');
    expect(doc.querySelector('.article-dateline')).toBeNull();
    expect(article).not.toHaveProperty('dateline');
    expect(textOf(doc.querySelector('.article-body > p'))).toMatch(/^Flanked by uniformed defence officials/);
  });
});
