import { byNewest, toArticleWithText, type Article, type ArticleWithText } from '../../lib/article.ts';
import type { ArticlePictureView } from '../../lib/article-picture-view.ts';
import type { ArticleFrontMatter } from '../../lib/content/article-schema.ts';
import { forArticle } from '../../lib/for-article.ts';
import { sha256 } from '../../lib/hash.ts';
import { makePublishedContent, makeSitePlan, type PlannedSource, type PublishedContent, type SitePlan } from '../../lib/site-plan/site-plan.ts';
import { siteConfig } from '../../site.config.ts';
import { articlePicture } from '../pictures/article-pictures.ts';
import { computeRelatedLinks } from '../related/related-links.ts';
import { planSearchParts } from '../search/search-shards.ts';
import type { BuildSession } from '../session/build-session.ts';
import { measurePhase } from '../session/build-timings.ts';
import { planShareImages } from '../share-images/share-images.ts';
import { writeSitePlanFile } from './site-plan-file.ts';

/** One stored article as the plan is made from it: its front matter, its file's digest, and its body (read when needed). */
export interface PlanInput {
  readonly slug: string;
  readonly file: string;
  readonly frontMatter: ArticleFrontMatter;
  /** The content layer's digest of the file. */
  readonly digest: string;
  readonly body: () => string;
}

/** The key of a collection's content: every stored article's slug, file and digest. Equal keys, equal content. */
export function contentKeyOf(stored: readonly { readonly slug: string; readonly file: string; readonly digest: string }[]): string {
  // In slug order: the loader and the collection may list the same articles in different orders.
  const lines = stored.map((entry) => `${entry.slug}\0${entry.file}\0${entry.digest}\n`);
  return sha256(lines.sort(), 'base64url');
}

/**
 * Starts making the site plan from the stored articles and keeps it in the session: its first
 * stage (what is published), then the whole plan once the related links are computed (on a
 * worker thread on a big site). Drafts are published on the dev server only.
 */
export function startSitePlan(session: BuildSession, contentKey: string, inputs: readonly PlanInput[]): NonNullable<BuildSession['plan']> {
  // The bodies' plain text goes to the related links and is then let go: the session keeps only the content.
  const stage = measurePhase('plan: articles', () => publishedContent(inputs, contentKey, session));
  session.plan = { contentKey, content: stage.then(({ content }) => content), plan: stage.then(({ content, withText }) => completePlan(content, withText, session)) };
  return session.plan;
}

function publishedArticles(inputs: readonly PlanInput[], session: BuildSession): ArticleWithText[] {
  // One article that cannot be made stops the build naming its file, not the build's own code.
  return inputs
    .map((input) => forArticle(input.file, 'article', () => toArticleWithText({ slug: input.slug, file: input.file, frontMatter: input.frontMatter, body: input.body() }, siteConfig)))
    .filter(({ article }) => session.command === 'dev' || !article.draft)
    .sort((a, b) => byNewest(a.article, b.article));
}

function publishedContent(inputs: readonly PlanInput[], contentKey: string, session: BuildSession): { content: PublishedContent; withText: ArticleWithText[] } {
  const withText = publishedArticles(inputs, session);
  const articles = withText.map(({ article }) => article);
  const digests = new Map(inputs.map((input) => [input.slug, input.digest]));
  const sources = new Map<string, PlannedSource>(articles.map(({ slug, file }) => [slug, { file, digest: digests.get(slug) ?? '' }]));
  const building = session.command === 'build' && session.sourcesDigest !== undefined;
  const content = makePublishedContent(
    {
      contentKey,
      articles,
      sources,
      searchShards: building ? planSearchParts(articles, sources, session.sourcesDigest) : [],
      shareImages: building ? planShareImages(articles, siteConfig, session.root) : [],
      pictures: picturesOf(articles, session.root),
    },
    siteConfig,
  );
  return { content, withText };
}

async function completePlan(content: PublishedContent, withText: readonly ArticleWithText[], session: BuildSession): Promise<SitePlan> {
  // On a big site the related links are computed on a worker thread while this one renders
  // the pages that do not need them and digests the article pages' other parts.
  const related = await measurePhase('plan: related links', () => computeRelatedLinks(withText, siteConfig));
  const plan = makeSitePlan({ ...content, related }, siteConfig, content.index);
  if (session.command === 'build') await measurePhase('plan: written to the cache folder', () => writeSitePlanFile(session.cacheDir, plan));
  return plan;
}

function picturesOf(articles: readonly Article[], root: string): Map<string, ArticlePictureView> {
  const views = new Map<string, ArticlePictureView>();
  for (const article of articles) {
    const view = forArticle(article.file, 'image', () => articlePicture(article, siteConfig, root));
    if (view !== undefined) views.set(article.slug, view);
  }
  return views;
}
