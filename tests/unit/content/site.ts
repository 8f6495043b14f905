import type { SiteConfig } from '../../../src/lib/site-config.ts';

/** A small site config for tests, independent of the real one. */
export const testSite: SiteConfig = {
  title: 'Test Dispatch',
  tagline: 'Tests',
  url: 'https://test.example',
  locale: 'en-GB',
  language: 'en',
  timeZone: 'Europe/London',
  contentDir: 'content/articles',
  defaultSection: 'news',
  relatedLimit: 5,
  shareImageBudget: 1000,
  sections: [
    { slug: 'news', name: 'News' },
    { slug: 'world', name: 'World' },
  ],
};

/** An article file's text from front-matter lines and a body. */
export function articleText(frontMatter: readonly string[], body = 'Some text.'): string {
  return `---\n${frontMatter.join('\n')}\n---\n\n${body}\n`;
}
