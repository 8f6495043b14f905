import type { Article } from '../../src/lib/article.ts';
import { toArticle } from '../../src/lib/article.ts';
import { validateArticles } from '../../src/lib/content/validate-articles.ts';
import { articleText, testSite } from './content/site.ts';

/** A domain article for tests, from a slug, a date and optional front-matter lines. */
export function makeArticle(slug: string, date: string, extra: readonly string[] = [], body = 'Some text.'): Article {
  const { articles, problems } = validateArticles([{ file: `${slug}.md`, text: articleText([`title: Story ${slug}`, `date: ${date}`, ...extra], body) }], testSite);
  const entry = articles[0];
  if (!entry) throw new Error(problems.map((p) => p.message).join('\n'));
  return toArticle(entry, testSite);
}
