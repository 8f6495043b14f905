import { describe, expect, it } from 'vitest';
import { articlePage, articlePageKeys } from '../../src/data/article-pages.ts';
import { byNewest, toArticle } from '../../src/lib/article.ts';
import { validateArticles } from '../../src/lib/content/validate-articles.ts';
import { makeSitePlan, type SitePlanParts } from '../../src/lib/site-plan/site-plan.ts';
import type { AuthorProfile } from '../../src/lib/trust/author-profiles.ts';
import { siteConfig } from '../../src/site.config.ts';
import { articleText, testSite } from './content/site.ts';
import { planParts } from './fixtures.ts';

// Six stories of one section, a day apart, oldest first; the page under test is the third's.
const FRONT_MATTER: Record<string, readonly string[]> = {
  'harbour-fees': ['section: world', 'tags: [Kestrin Dam]'],
  'dam-opens': ['section: world', 'tags: [Kestrin Dam]'],
  'dam-inquiry': ['section: world', 'tags: [Kestrin Dam, Vessen Valley]', 'authors: [Ana Vell]', 'translations: [dam-inquiry-fr]'],
  'ferry-strike': ['section: world', 'tags: [Ferries]', 'authors: [Tom Reyes]'],
  'port-budget': ['section: world', 'tags: [Port Ellis]'],
  'dam-inquiry-fr': ['section: world', 'lang: fr', 'translations: [dam-inquiry]'],
};
const DAYS = ['2024-02-29', '2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04', '2024-03-05'];
const PAGE = 'dam-inquiry';

const profile = (name: string, slug: string, role: string): AuthorProfile => ({
  slug,
  file: `content/authors/${slug}.md`,
  name,
  kind: 'person',
  role,
  bioHtml: `<p>${name} reports.</p>`,
  bioSummary: `${name} reports.`,
  links: {},
});

interface Change {
  /** Front matter lines that replace (or add to) one article's, by field. */
  readonly frontMatter?: Readonly<Record<string, readonly string[]>>;
  readonly parts?: Partial<SitePlanParts>;
}

const fieldOf = (line: string) => line.slice(0, line.indexOf(':'));
const withLines = (lines: readonly string[], changed: readonly string[]) => [...lines.filter((line) => !changed.some((c) => fieldOf(c) === fieldOf(line))), ...changed];

function siteWith({ frontMatter = {}, parts = {} }: Change = {}) {
  // Checked together, as a build checks them: a translation names another file.
  const files = Object.entries(FRONT_MATTER).map(([slug, lines], i) => ({
    file: `${slug}.md`,
    text: articleText(withLines([`title: Story ${slug}`, `date: ${DAYS[i] ?? '2024-03-06'}`, ...lines], frontMatter[slug] ?? [])),
  }));
  const { articles: entries, problems } = validateArticles(files, testSite);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  const articles = entries.map((entry) => toArticle(entry, testSite)).sort(byNewest);
  return makeSitePlan(
    planParts({
      articles,
      sources: new Map(articles.map((a) => [a.slug, { file: a.file, digest: `digest-of-${a.slug}` }])),
      // Enough related links that the page shows no "Latest in" list (which the story two places away would be on).
      related: new Map([[PAGE, ['harbour-fees', 'dam-opens', 'dam-inquiry-fr'].map((slug) => ({ slug, score: 0.5, reasons: ['Kestrin Dam'], pinned: false }))]]),
      ...parts,
    }),
    siteConfig,
  );
}

async function keyOf(change?: Change): Promise<string | undefined> {
  const plan = siteWith(change);
  return (await articlePageKeys(plan, Promise.resolve(plan))).find((key) => key.slug === PAGE)?.cacheKey;
}

describe('an article page’s key, made from what the page is made of', () => {
  it('is the same for the same site made twice', async () => {
    expect(await keyOf()).toBe(await keyOf());
  });

  const printed: [string, Change][] = [
    ['its own standfirst', { frontMatter: { [PAGE]: ['description: A new standfirst.'] } }],
    ['its file (the body is rendered from it)', { parts: { sources: new Map([[PAGE, { file: `content/articles/${PAGE}.md`, digest: 'another' }]]) } }],
    ['its newer neighbour’s headline', { frontMatter: { 'ferry-strike': ['title: Ferry crews strike again'] } }],
    ['its translation’s headline', { frontMatter: { 'dam-inquiry-fr': ['title: L’enquête sur le barrage'] } }],
    ['its author’s profile (bylines’ structured data)', { parts: { authorProfiles: [profile('Ana Vell', 'ana-vell', 'Courts reporter')] } }],
    ['its share card, its section’s until its own is drawn', { parts: { sharedWithSectionCard: new Set([PAGE]) } }],
    ['its picture', { parts: { pictures: new Map([[PAGE, { src: '/articles/dam-inquiry/dam.png', alt: 'The dam', width: 800, height: 600 }]]) } }],
    ['a note of its corrections', { parts: { changeNotes: new Map([[PAGE, ['<p>We misspelt the dam’s name.</p>']]]) } }],
  ];
  it.each(printed)('changes when %s changes: the page prints it', async (_what, change) => {
    expect(await keyOf(change)).not.toBe(await keyOf());
  });

  const elsewhere: [string, Change][] = [
    ['a story two places away changes its headline', { frontMatter: { 'port-budget': ['title: The port’s budget is cut'] } }],
    ['another article gains a topic of its own', { frontMatter: { 'port-budget': ['tags: [Port Ellis, Harbour Fees]'] } }],
    ['another author gets a profile', { parts: { authorProfiles: [profile('Tom Reyes', 'tom-reyes', 'Transport reporter')] } }],
    ['another article waits for its own card', { parts: { sharedWithSectionCard: new Set(['port-budget']) } }],
  ];
  it.each(elsewhere)('stays when %s: the page prints nothing of it', async (_what, change) => {
    expect(await keyOf(change)).toBe(await keyOf());
  });

  it('keys the page the plan builds: the page shows the author’s profile and the neighbour the key digested', () => {
    const plan = siteWith({ parts: { authorProfiles: [profile('Ana Vell', 'ana-vell', 'Courts reporter')] }, frontMatter: { 'ferry-strike': ['title: Ferry crews strike again'] } });
    const page = articlePage(plan, PAGE);
    expect(page.view.newer).toEqual({ name: 'Ferry crews strike again', path: '/articles/ferry-strike/' });
    expect(JSON.stringify(page.head)).toContain('Courts reporter');
  });
});
