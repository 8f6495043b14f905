import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import type { PublishedContent, SitePlan } from '../../lib/site-plan/site-plan.ts';
import { readArticleBody } from '../content/read-article-files.ts';
import { requireBuildSession, type BuildSession } from '../session/build-session.ts';
import { contentKeyOf, startSitePlan } from './plan-site.ts';

/**
 * The site plan of this build (src/lib/site-plan/site-plan.ts), however many pages ask: a
 * build's content loader starts it with the articles it validated (src/build/content/); the
 * dev server makes it from the content collection, and a new one when the content changed.
 */
export async function getSitePlan(): Promise<SitePlan> {
  return (await plannedFor(requireBuildSession('the site plan'))).plan;
}

/**
 * The plan's first stage: what is published, where each body is, the site's lists, the search
 * parts and share images; ready before the related links, which only article pages need.
 */
export async function getPublishedContent(): Promise<PublishedContent> {
  return (await plannedFor(requireBuildSession('the published content'))).content;
}

async function plannedFor(session: BuildSession): Promise<{ content: Promise<PublishedContent>; plan: Promise<SitePlan> }> {
  // A build's content cannot change under it: no need to list the collection again per page.
  if (session.command === 'build' && session.plan !== undefined) return session.plan;
  const entries = await getCollection('articles');
  // The store holds no bodies (src/build/content/articles-loader.ts): each is read from its file.
  const stored = entries.map((entry) => ({
    slug: entry.id,
    file: fileOf(entry),
    frontMatter: entry.data,
    digest: String(entry.digest ?? ''),
    body: () => readArticleBody(join(session.root, fileOf(entry))),
  }));
  const contentKey = contentKeyOf(stored);
  if (session.plan?.contentKey !== contentKey) {
    return startSitePlan(session, contentKey, stored);
  }
  return session.plan;
}

function fileOf(entry: CollectionEntry<'articles'>): string {
  return entry.filePath ?? entry.id;
}
