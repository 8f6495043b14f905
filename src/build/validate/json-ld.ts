/** One thing wrong in a JSON-LD block, with the block's place in the page. */
export interface JsonLdProblem {
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

type Node = Record<string, unknown>;

const SCHEMA_ORG_CONTEXT = /^https?:\/\/schema\.org\/?$/;
// schema.org's Article and the types under it that Google's article rich results read.
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'SocialMediaPosting',
  'LiveBlogPosting',
]);

// What a live blog's updates may be: schema.org's liveBlogUpdate expects a BlogPosting (or its one subtype).
const BLOG_POSTING_TYPES = new Set(['BlogPosting', 'LiveBlogPosting']);

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const typesOf = (node: Node): string[] => asList(node['@type']).filter((t): t is string => typeof t === 'string');
const describe = (node: Node): string => typesOf(node).join('/') || 'node';

function checkContext(context: unknown, problems: JsonLdProblem[]): void {
  const contexts = asList(context);
  if (contexts.length === 0) {
    problems.push({ message: 'has no "@context": search engines cannot tell it is schema.org', severity: 'error' });
    return;
  }
  const schemaOrg = contexts.some((c) => (typeof c === 'string' && SCHEMA_ORG_CONTEXT.test(c)) || (isNode(c) && typeof c['@vocab'] === 'string' && SCHEMA_ORG_CONTEXT.test(c['@vocab'])));
  if (!schemaOrg) problems.push({ message: `"@context" ${JSON.stringify(context)} is not schema.org`, severity: 'warning' });
}

/** Who wrote it, as Google's article structured data asks: a typed Person or Organization with a name and a url (a warning for an Organization's). */
function checkAuthors(node: Node, problems: JsonLdProblem[]): void {
  for (const author of asList(node['author'])) {
    if (!isNode(author)) {
      problems.push({ message: `${describe(node)} "author" ${JSON.stringify(author)} is not an object with "@type", "name" and "url"`, severity: 'error' });
      continue;
    }
    const name = typeof author['name'] === 'string' ? author['name'] : '';
    const who = name === '' ? 'an author' : `author "${name}"`;
    if (typesOf(author).length === 0) problems.push({ message: `${describe(node)}: ${who} has no "@type" (Person or Organization)`, severity: 'error' });
    if (name.trim() === '') problems.push({ message: `${describe(node)}: ${who} has no "name"`, severity: 'error' });
    // A byline without its author page is the site's own omission; an agency may have no page to link to.
    if (typeof author['url'] !== 'string' || author['url'].trim() === '') {
      problems.push({
        message: `${describe(node)}: ${who} has no "url" (a page about them, which Google's article results ask for)`,
        severity: typesOf(author).includes('Person') ? 'error' : 'warning',
      });
    }
  }
}

function checkArticle(node: Node, problems: JsonLdProblem[]): void {
  if (typeof node['headline'] !== 'string' || node['headline'].trim() === '') problems.push({ message: `${describe(node)} has no "headline"`, severity: 'error' });
  const published = node['datePublished'];
  if (typeof published !== 'string' || Number.isNaN(Date.parse(published)))
    problems.push({ message: `${describe(node)} "datePublished" ${JSON.stringify(published)} is not an ISO 8601 date`, severity: 'error' });
  if (node['author'] === undefined) problems.push({ message: `${describe(node)} has no "author"`, severity: 'error' });
  if (typesOf(node).includes('LiveBlogPosting')) checkLiveBlog(node, problems);
}

const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value) && !Number.isNaN(Date.parse(value));

/**
 * A live blog as search engines read one: when its coverage starts (required), when it ends if
 * said (not before it starts), and each update a BlogPosting with a headline and a date.
 */
function checkLiveBlog(node: Node, problems: JsonLdProblem[]): void {
  const start = node['coverageStartTime'];
  if (!isIsoDate(start)) problems.push({ message: `LiveBlogPosting "coverageStartTime" ${JSON.stringify(start)} is not an ISO 8601 date`, severity: 'error' });
  const end = node['coverageEndTime'];
  if (end !== undefined) {
    if (!isIsoDate(end)) problems.push({ message: `LiveBlogPosting "coverageEndTime" ${JSON.stringify(end)} is not an ISO 8601 date`, severity: 'error' });
    else if (isIsoDate(start) && Date.parse(end) < Date.parse(start))
      problems.push({ message: `LiveBlogPosting "coverageEndTime" ${end} is before its "coverageStartTime" ${start}`, severity: 'error' });
  }
  asList(node['liveBlogUpdate']).forEach((update, i) => {
    const which = `LiveBlogPosting "liveBlogUpdate" ${i + 1}`;
    if (!isNode(update) || !typesOf(update).some((t) => BLOG_POSTING_TYPES.has(t))) {
      problems.push({ message: `${which} is not a BlogPosting`, severity: 'error' });
      return;
    }
    if (typeof update['headline'] !== 'string' || update['headline'].trim() === '') problems.push({ message: `${which} has no "headline"`, severity: 'error' });
    if (!isIsoDate(update['datePublished'])) problems.push({ message: `${which} "datePublished" ${JSON.stringify(update['datePublished'])} is not an ISO 8601 date`, severity: 'error' });
  });
}

/**
 * Checks the text of one `<script type="application/ld+json">`: it parses as JSON, names
 * schema.org as its `@context`, every node has an `@type`, articles have a headline, a
 * date and authors, and every author (anywhere) has a type, a name and a url.
 */
export function checkJsonLd(text: string): JsonLdProblem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ message: `is not JSON: ${(error as Error).message}`, severity: 'error' }];
  }
  const problems: JsonLdProblem[] = [];
  const tops = asList(data);
  if (tops.length === 0 || !tops.every(isNode)) return [{ message: 'is not a JSON-LD object (or a list of objects)', severity: 'error' }];
  for (const top of tops) {
    checkContext(top['@context'], problems);
    const nodes = top['@graph'] === undefined ? [top] : asList(top['@graph']).filter(isNode);
    for (const node of nodes) {
      if (typesOf(node).length === 0) problems.push({ message: 'has a node with no "@type"', severity: 'error' });
      if (typesOf(node).some((t) => ARTICLE_TYPES.has(t))) checkArticle(node, problems);
    }
    // Authors may sit in nested nodes too (a review's item, a page's mainEntity).
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (isNode(value)) {
        if (value['author'] !== undefined) checkAuthors(value, problems);
        for (const [key, child] of Object.entries(value)) if (key !== 'author') visit(child);
      }
    };
    visit(top);
  }
  return problems;
}
