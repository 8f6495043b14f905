import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { byNewest, type Article, type BodyFacts } from '../../lib/article.ts';
import type { ArticleFrontMatter } from '../../lib/content/article-schema.ts';
import type { ArticlePictureView } from '../../lib/article-picture-view.ts';
import { forArticle } from '../../lib/for-article.ts';
import { sha256 } from '../../lib/hash.ts';
import { profileDirectory, withProfileNames } from '../../lib/trust/author-profiles.ts';
import { assembleShardPlan, cutsForShards, planForShard } from '../../lib/shards/shard-plan.ts';
import {
  articleJson,
  firstStagePlanText,
  makePublishedContent,
  makeSitePlanWithoutFile,
  makeSitePlanWithText,
  type PlannedSource,
  type PublishedContent,
  type SitePlan,
} from '../../lib/site-plan/site-plan.ts';
import { siteConfig } from '../../site.config.ts';
import { articlesDir } from '../content/articles-loader.ts';
import { planSiteContent, type PlannedSiteContent } from '../content/plan-site-content.ts';
import { readSiteContentFiles, type SiteContentFiles } from '../content/site-content.ts';
import { renderChangeNotes } from '../markdown/render-notes.ts';
import { articlePicture } from '../pictures/article-pictures.ts';
import { readRelatedCache, relatedCacheEntry, writeRelatedCache, type RelatedAndStories } from '../related/related-cache.ts';
import { computeRelatedLinks, editorsStories, relatedJobOf, termCacheDir, termCacheReport, type ArticleWithBody } from '../related/related-links.ts';
import { planSearchParts } from '../search/search-shards.ts';
import { requireBuildSession, type BuildSession } from '../session/build-session.ts';
import { measurePhase } from '../session/build-timings.ts';
import { planShareImages } from '../share-images/share-images.ts';
import { checkedFrontMatterOf } from './checked-front-matter.ts';
import { articleFactsCache, readArticleFacts, writeArticleFacts, type ArticleFactsCache } from './article-facts-cache.ts';
import { articlesFromSources, type MadeArticle, type StoredArticle } from './articles-from-sources.ts';
import {
  holdsOnlyThePlansHead,
  readSharedPlanDigest,
  readSharedSitePlan,
  readShardSitePlan,
  sharedPlanHeadFile,
  shardSitePlanFile,
  writeSharedSitePlan,
  writeShardSitePlan,
  type CheckedEntry,
} from './site-plan-file.ts';

/**
 * The site plan of this build (src/lib/site-plan/site-plan.ts): made once from the content
 * collection, however many pages ask. The dev server makes a new one when the content changed.
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
  // A shard or merge whose articles matched its shared plan stored only its own entries: the plan is keyed by all of them.
  const { sharedEntries } = session;
  const entries = sharedEntries === undefined ? await getCollection('articles') : undefined;
  // Author profiles and fixed pages are read from their files (the content layer stores the
  // articles only), so their text is part of the key: an edited profile makes a new plan.
  const siteFiles = readSiteContentFiles(articlesDir(siteConfig, session.root), session.root);
  // The entries as stored: what keys the plan, and what a sharded build's plan lists as checked.
  const stored: readonly CheckedEntry[] = sharedEntries ?? (entries ?? []).map((entry) => ({ id: entry.id, file: entry.filePath ?? '', digest: String(entry.digest ?? '') }));
  const contentKey = sha256(
    [
      ...stored.map(({ id, file, digest }) => `${id}\0${file}\0${digest}\n`),
      ...[...siteFiles.sources.authors, ...siteFiles.sources.pages].map((source) => `${source.file}\0${sha256(source.text, 'base64url')}\n`),
    ],
    'base64url',
  );
  if (session.plan?.contentKey !== contentKey) {
    const planned = (async () => {
      // A shard or merge renders from the plan `--plan` made for the sharded build, when there is one.
      const shared = await sharedPlanOf(session, contentKey);
      if (shared !== undefined) return { content: shared, plan: Promise.resolve(shared) };
      if (entries === undefined) throw new Error(`${session.shardsDir}: the shared site plan this build checked its articles against is gone; make it again with \`npm run build -- --plan\``);
      // Where the bodies are (and the plain text of those read) goes to the related links and is then let go: the session keeps only the content.
      const made = await measurePhase('plan: articles', () => madeArticles(entries, session, siteFiles));
      // The related links need the articles alone: their worker starts now, while this thread
      // makes the rest of the first stage (the lists, search parts, share images, pictures).
      const second = relatedAndStories(made.withBodies, session);
      // Its failure surfaces where the plan awaits it, not as unhandled while this thread works.
      second.catch(() => undefined);
      // Its job reaches the worker in this turn's microtasks (the cache is read synchronously):
      // one turn of the event loop lets it go before this thread's long synchronous steps.
      await new Promise((resolve) => setImmediate(resolve));
      const content = await measurePhase('plan: published content', () => publishedContent(made, entries, contentKey, session));
      return { content, plan: completePlan(content, second, session, stored) };
    })();
    session.plan = { contentKey, content: planned.then(({ content }) => content), plan: planned.then(({ plan }) => plan) };
  }
  return session.plan;
}

async function sharedPlanOf(session: BuildSession, contentKey: string): Promise<SitePlan | undefined> {
  const { part, sourcesDigest } = session;
  if (session.command !== 'build' || sourcesDigest === undefined || (part.kind !== 'shard' && part.kind !== 'merge')) return undefined;
  return measurePhase('plan: read from the shards folder', async () => {
    // A shard holds only what its pages read (src/lib/shards/shard-plan.ts): the cut the plan's
    // build wrote for it, else the whole plan, cut here.
    if (part.kind === 'shard') {
      // As the content loader read it with the entries, else from the plan's file.
      const planDigest = session.sharedPlanDigest ?? (await readSharedPlanDigest(session.shardsDir, sourcesDigest));
      const cut = planDigest === undefined ? undefined : await readShardSitePlan(session.shardsDir, siteConfig, { sourcesDigest, index: part.index, count: part.count, planDigest });
      if (cut !== undefined) {
        const file = shardSitePlanFile(session.shardsDir, part.index, part.count);
        if (cut.parts.contentKey !== contentKey)
          throw new Error(`${file}: planned from other articles than content/ now holds; make it again with \`npm run build -- --plan --shards ${part.count}\`, or delete it`);
        session.reports.push(`site plan: this shard's own cut (${cut.parts.articles.length} articles whole, ${cut.cut.cards.length} more as their cards)`);
        return assembleShardPlan(cut, siteConfig);
      }
    }
    // Handed the plan's head alone (as the CI workflow hands its shards), a shard must find its cut: computing a plan of its own would not match the others'.
    if (part.kind === 'shard' && holdsOnlyThePlansHead(session.shardsDir))
      throw new Error(
        `${shardSitePlanFile(session.shardsDir, part.index, part.count)}: missing, or cut from another plan than ${sharedPlanHeadFile(session.shardsDir)} names; hand this shard the cut made with that head (\`npm run build -- --plan --shards ${part.count}\` writes both), or the whole plan`,
      );
    const plan = await readSharedSitePlan(session.shardsDir, siteConfig, { sourcesDigest, contentKey });
    if (plan === undefined || part.kind !== 'shard') return plan;
    session.reports.push(`site plan: the whole plan, cut by this shard (\`npm run build -- --plan --shards ${part.count}\` writes each shard its own cut)`);
    return planForShard(plan, part.index, part.count, siteConfig);
  });
}

function fileOf(entry: CollectionEntry<'articles'>): string {
  return entry.filePath ?? entry.id;
}

// The store holds no bodies (src/build/content/articles-loader.ts), and each entry's front matter
// comes checked (`frontMatters`, in the entries' order): each body is read from its file,
// relative to the project root, unless the last build kept its facts for this very file (and
// code). The related links then read only the bodies of the chunks they must read again.
async function publishedArticles(entries: readonly CollectionEntry<'articles'>[], frontMatters: readonly ArticleFrontMatter[], session: BuildSession): Promise<ArticleWithBody[]> {
  const { root } = session;
  const cache = session.command === 'build' && session.sourcesDigest !== undefined ? articleFactsCache(session.cacheDir, session.sourcesDigest) : undefined;
  const kept = cache === undefined ? new Map<string, BodyFacts>() : readArticleFacts(cache);
  const digests = entries.map((entry) => String(entry.digest ?? ''));
  const sources: StoredArticle[] = entries.map((entry, i) => {
    // The file never holds an empty digest (readArticleFacts refuses one), so a file without one finds nothing.
    const facts = kept.get(digests[i]!);
    return {
      slug: entry.id,
      file: fileOf(entry),
      frontMatter: frontMatters[i]!,
      bodyPath: join(root, fileOf(entry)),
      ...(facts === undefined ? {} : { facts }),
    };
  });
  // One article that cannot be made stops the build naming its file, not the build's own code.
  const made = await articlesFromSources(sources, siteConfig, root);
  if (cache !== undefined) keepArticleFacts(cache, kept, made, digests, session);
  return made
    .map(({ article, bodyText }, i) => {
      const { bodyPath, file } = sources[i]!;
      // A file without a digest (none is, from this loader) has its text keyed by the text itself.
      const digest = digests[i] || sha256(bodyText ?? '', 'base64url');
      return { article, body: { digest, path: bodyPath, file, ...(bodyText === undefined ? {} : { text: bodyText }) } };
    })
    .filter(({ article }) => import.meta.env.DISPATCH_SHOW_DRAFTS || !article.draft)
    .sort((a, b) => byNewest(a.article, b.article));
}

// The facts of every article this build made, for the next; written only when they differ from the last build's.
function keepArticleFacts(cache: ArticleFactsCache, kept: ReadonlyMap<string, BodyFacts>, made: readonly MadeArticle[], digests: readonly string[], session: BuildSession): void {
  const facts = new Map<string, BodyFacts>();
  made.forEach(({ article }, i) => {
    if (digests[i] !== '') facts.set(digests[i]!, { wordCount: article.wordCount, summary: article.summary });
  });
  if (made.every(({ bodyText }) => bodyText === undefined) && facts.size === kept.size) return;
  const problem = writeArticleFacts(cache, facts);
  if (problem !== undefined) session.reports.push(`articles' word counts and summaries not kept for the next build (${problem})`);
}

/** The published articles with where their bodies are, and the site's own content, before anything is made from them. */
interface MadeArticles {
  readonly withBodies: ArticleWithBody[];
  /** Each entry's front matter as the loader checked it, in the entries' order. */
  readonly frontMatters: readonly ArticleFrontMatter[];
  readonly siteContent: PlannedSiteContent;
}

// The articles (bylines naming a profile print its name, everywhere) and the profiles and fixed pages.
async function madeArticles(entries: readonly CollectionEntry<'articles'>[], session: BuildSession, siteFiles: SiteContentFiles): Promise<MadeArticles> {
  const siteContent = await planSiteContent(siteFiles, siteConfig, { articlesDir: articlesDir(siteConfig, session.root), fileRoot: session.root, projectRoot: session.root });
  const directory = profileDirectory(siteContent.authorProfiles);
  // Each entry's front matter as the loader checked it, looked up once for the articles and their change notes.
  const frontMatters = entries.map((entry) => checkedFrontMatterOf(entry, session.checkedFrontMatter));
  const withBodies = (await publishedArticles(entries, frontMatters, session)).map(({ article, ...rest }) => ({ ...rest, article: withProfileNames(article, directory) }));
  return { withBodies, frontMatters, siteContent };
}

async function publishedContent(
  { withBodies, frontMatters, siteContent: { authorProfiles, sitePages } }: MadeArticles,
  entries: readonly CollectionEntry<'articles'>[],
  contentKey: string,
  session: BuildSession,
): Promise<PublishedContent> {
  const articles = withBodies.map(({ article }) => article);
  const digests = new Map(entries.map((entry) => [entry.id, String(entry.digest ?? '')]));
  const sources = new Map<string, PlannedSource>(articles.map(({ slug, file, dateline }) => [slug, { file, digest: digests.get(slug) ?? '', ...(dateline === undefined ? {} : { dateline }) }]));
  const building = session.command === 'build' && session.sourcesDigest !== undefined;
  // Corrections' and updates' text, rendered here once for every page and feed that prints it.
  const frontMatterOf = new Map(entries.map((entry, i) => [entry.id, frontMatters[i]]));
  const changeNotes = await renderChangeNotes(articles, (article) => frontMatterOf.get(article.slug));
  return makePublishedContent(
    {
      contentKey,
      articles,
      sources,
      searchShards: building ? planSearchParts(articles, sources, session.sourcesDigest) : [],
      ...planShareImages(articles, siteConfig, session.root, building),
      pictures: picturesOf(articles, session.root),
      changeNotes,
      authorProfiles,
      sitePages,
    },
    siteConfig,
  );
}

async function completePlan(content: PublishedContent, second: Promise<RelatedAndStories>, session: BuildSession, stored: readonly CheckedEntry[]): Promise<SitePlan> {
  // The steps of a sharded build share the plan through its file and check each other's by its
  // digest. No other process reads a whole build's plan: its file's text, hundreds of megabytes
  // of JSON at archive scale, is not made (decision 0029).
  if (session.command !== 'build' || session.part.kind === 'whole') {
    const { related, stories } = await second;
    return makeSitePlanWithoutFile({ ...content, related, stories }, siteConfig, content.index);
  }
  // While the related links' worker computes, this thread writes out the first stage's part of
  // the plan's file: at archive scale most of the file, and of its time.
  const firstStage = await measurePhase('plan: first stage written out', () => firstStagePlanText(content));
  const { related, stories } = await second;
  // The plan's file text is made with its digest and let go once written: at archive scale it is hundreds of megabytes.
  const { plan, text } = makeSitePlanWithText({ ...content, related, stories }, siteConfig, content.index, firstStage);
  // `--plan` makes the plan a sharded build's shards and merge share.
  if (session.part.kind === 'plan' && session.sourcesDigest !== undefined) {
    // With the entries this build checked, which the shards and the merge then store without checking them again.
    // And, for `--shards N`, the plan's head and each shard's cut: a shard then reads only what its pages print.
    const { shards } = session.part;
    writeSharedSitePlan(session.shardsDir, text, session.sourcesDigest, stored, content.searchShards, { withHead: shards !== undefined });
    const { sourcesDigest } = session;
    if (shards !== undefined) {
      // Each article as the plan's file holds it, written out once for the plan and every cut.
      const position = new Map(content.articles.map((article, i) => [article, i]));
      const written = (article: Article): string => firstStage.articles[position.get(article) ?? -1] ?? articleJson(article);
      await measurePhase('plan: each shard’s cut written', () => {
        for (const cut of cutsForShards(plan, shards)) writeShardSitePlan(session.shardsDir, cut, sourcesDigest, written);
      });
    }
  }
  return plan;
}

/**
 * The related links and the stories: the last build's when every field they are made from is
 * as it was (src/build/related/related-cache.ts), else computed, and kept for the next build.
 */
async function relatedAndStories(withBodies: readonly ArticleWithBody[], session: BuildSession): Promise<RelatedAndStories> {
  const storyOf = editorsStories(withBodies);
  // The words and named things the engine and the stories read are kept between builds, in chunks, under the digest of the code that read them.
  const digest = session.command === 'build' ? session.sourcesDigest : undefined;
  const job = relatedJobOf(withBodies, siteConfig, digest === undefined ? undefined : { dir: termCacheDir(session.cacheDir), salt: digest }, storyOf);
  const cache = digest === undefined ? undefined : relatedCacheEntry(session.cacheDir, digest, { job, storyOf });
  const reused = cache && (await measurePhase('plan: related links and stories, from the last build', () => readRelatedCache(cache)));
  if (reused !== undefined) {
    session.reports.push(`related links and stories of ${withBodies.length} articles: nothing they are made from changed, kept from the last build`);
    return reused;
  }
  // On a big site the related links and then the stories (from the lists and the text they
  // were made from, with the editors' `story`) are computed on a worker thread while this one
  // renders the pages that do not need them and digests the article pages' other parts: begun
  // by the content loader (src/build/related/related-ahead.ts), and used when they were begun
  // from exactly this job.
  const {
    links: related,
    stories,
    terms,
  } = await measurePhase('plan: related links and stories', async () => {
    const ahead = cache === undefined ? undefined : await session.relatedAhead;
    // Taken once: a plan made again (the dev server) begins nothing ahead.
    session.relatedAhead = undefined;
    if (ahead?.result !== undefined && ahead.key === cache?.key) return ahead.result;
    if (ahead !== undefined && ahead.key !== cache?.key) session.reports.push('related links begun ahead were made from other articles than the plan’s: computed again');
    // A sharded build's plan has nothing else to do meanwhile: its second core reads ahead.
    return computeRelatedLinks(job, session.root, session.command === 'build' && session.part.kind === 'plan');
  });
  if (stories === undefined) throw new Error('related links: the stories were asked for and not found');
  const termsReport = termCacheReport(withBodies.length, terms);
  if (termsReport !== undefined) session.reports.push(termsReport);
  if (cache !== undefined) {
    const problem = await measurePhase('plan: related links and stories, kept for the next build', () => writeRelatedCache(cache, { related, stories }));
    session.reports.push(`related links and stories of ${withBodies.length} articles: computed${problem === undefined ? '' : `; not kept for the next build (${problem})`}`);
  }
  return { related, stories };
}

function picturesOf(articles: readonly Article[], root: string): Map<string, ArticlePictureView> {
  const views = new Map<string, ArticlePictureView>();
  for (const article of articles) {
    const view = forArticle(article.file, 'image', () => articlePicture(article, siteConfig, root));
    if (view !== undefined) views.set(article.slug, view);
  }
  return views;
}
