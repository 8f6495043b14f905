import type { Article } from '../../src/lib/article.ts';
import { toArticle } from '../../src/lib/article.ts';
import { validateArticles } from '../../src/lib/content/validate-articles.ts';
import type { SitePlanParts } from '../../src/lib/site-plan/site-plan.ts';
import { articleText, testSite } from './content/site.ts';

/** A domain article for tests, from a slug, a date and optional front-matter lines. */
export function makeArticle(slug: string, date: string, extra: readonly string[] = [], body = 'Some text.'): Article {
  const { articles, problems } = validateArticles([{ file: `${slug}.md`, text: articleText([`title: Story ${slug}`, `date: ${date}`, ...extra], body) }], testSite);
  const entry = articles[0];
  if (!entry) throw new Error(problems.map((p) => p.message).join('\n'));
  return toArticle(entry, testSite);
}

/** The parts of a site plan with no article and nothing made from articles, with `parts` over them: where a test of one part of the plan starts. */
export function planParts(parts: Partial<SitePlanParts> = {}): SitePlanParts {
  return {
    contentKey: 'k',
    articles: [],
    sources: new Map(),
    related: new Map(),
    stories: [],
    pictures: new Map(),
    changeNotes: new Map(),
    authorProfiles: [],
    sitePages: [],
    searchShards: [],
    shareImages: [],
    sharedWithSectionCard: new Set(),
    shareImagesAhead: [],
    ...parts,
  };
}
