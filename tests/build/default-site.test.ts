import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../src/build/content/read-article-files.ts';
import { validateArticles } from '../../src/lib/content/validate-articles.ts';
import { siteConfig } from '../../src/site.config.ts';
import { openSite, PROJECT_ROOT, type BuiltSite } from '../support/build-site.ts';
import { DEFAULT_DIST } from '../support/default-site.ts';
import { parsePage, textOf } from '../support/html.ts';

const SEED = join(PROJECT_ROOT, '../shared/seed/kim-jong-un-in-russia.txt');

describe('the site as published from content/articles', () => {
  // Built once for the build and browser tests by tests/support/default-site.ts.
  const site: BuiltSite = openSite(DEFAULT_DIST);

  it('builds one article page per published article, no more and no fewer', () => {
    const { sources } = readArticleFiles(join(PROJECT_ROOT, siteConfig.contentDir), PROJECT_ROOT);
    const { articles, problems } = validateArticles(sources, siteConfig);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const published = articles
      .filter((a) => a.frontMatter.draft !== true)
      .map((a) => `articles/${a.slug}/index.html`)
      .sort();
    expect(published.length).toBeGreaterThan(5);
    expect(site.files().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f))).toEqual(published);
  });

  describe('the seed article', () => {
    let doc: Document;
    beforeAll(() => {
      doc = parsePage(site.read('articles/kim-jong-un-in-russia/index.html'));
    });

    it('shows the headline as the only h1', () => {
      expect([...doc.querySelectorAll('h1')].map(textOf)).toEqual(['Kim Jong-un in Russia for talks with Vladimir Putin']);
    });

    it('shows the standfirst once, not again as the first paragraph', () => {
      const standfirst = 'Kim Jong-un was in Russia on Tuesday night to meet Vladimir Putin for what the US warned was a possible arms deal for Moscow’s war in Ukraine.';
      expect(textOf(doc.querySelector('.article-standfirst'))).toBe(standfirst);
      expect(textOf(doc.querySelector('main')).split(standfirst)).toHaveLength(2);
    });

    it('is dated 12 September 2023, evening UK time, machine-readably', () => {
      const time = doc.querySelector('.article-dates time');
      expect(time?.getAttribute('datetime')).toBe('2023-09-12T21:00:00+01:00');
      expect(textOf(time)).toBe('12 September 2023, 21:00 BST');
    });

    it('credits AFP', () => {
      expect(textOf(doc.querySelector('.article-credit'))).toBe('AFP');
    });

    it.skipIf(!existsSync(SEED))('publishes all 21 paragraphs after the standfirst word for word, curly quotes included', () => {
      const lines = readFileSync(SEED, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const paragraphs = lines.slice(3, -1);
      expect(paragraphs).toHaveLength(21);
      expect([...doc.querySelectorAll('.article-body p')].map(textOf)).toEqual(paragraphs);
    });
  });
});
