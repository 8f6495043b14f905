import type { Article } from '../lib/article.ts';
import type { ArticlePictureView } from '../lib/article-picture-view.ts';
import { buildArticleView, type ArticleView } from '../lib/article-view.ts';
import { forArticle } from '../lib/for-article.ts';
import { buildArticleLanguageView, type ArticleLanguageView } from '../lib/i18n/article-language-view.ts';
import { translationHeadTags } from '../lib/i18n/language-head-tags.ts';
import { pageCacheKey } from '../lib/page-cache-key.ts';
import { siteFrameKey } from '../lib/site-frame.ts';
import { buildRelatedView, type RelatedView } from '../lib/related-view.ts';
import { buildStoryView, type StoryView } from '../lib/stories/story-view.ts';
import { articleHeadTags } from '../lib/seo/article-head-tags.ts';
import type { HeadTag } from '../lib/seo/head-tags.ts';
import type { ShareCardKind } from '../lib/share-image/share-image-variants.ts';
import { neighbourLinks, sectionArticles, type NeighbourLinks } from '../lib/site-index.ts';
import { slugsOfArticle, type GroupSlugs } from '../lib/taxonomy.ts';
import { buildShareView, type ShareView } from '../lib/share/share-links.ts';
import type { PublishedContent, SitePlan } from '../lib/site-plan/site-plan.ts';
import { hasSitePage } from '../lib/trust/published-site-pages.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';

/** Everything one article page prints, worded and formatted; the page only renders it. */
export type ArticlePage = {
  readonly article: Article;
  readonly sectionSlug: string;
  readonly url: string;
  readonly view: ArticleView;
  /** The article's language and direction, and its story in other languages. */
  readonly language: ArticleLanguageView;
  readonly related: RelatedView;
  /** "More on this story": every article of its story in time order, itself marked; absent outside a story. */
  readonly story?: StoryView;
  readonly picture?: ArticlePictureView;
  readonly head: HeadTag[];
  readonly share: ShareView;
};

/** Everything an article page prints but its related links. */
type PageWithoutRelated = Omit<ArticlePage, 'related' | 'story'>;

/**
 * What an article page prints but its related links is made from, and nothing else: its key
 * digests these rather than the page they make (a fraction of its text, and nothing to build),
 * and the page is built from them alone, so the key cannot miss one.
 */
interface ArticlePageInputs {
  readonly article: Article;
  /** The slugs of its own topics and names, and their authors' profiles: the site's, narrowed. */
  readonly slugs: GroupSlugs;
  readonly neighbours: NeighbourLinks;
  /** The corrections' and updates' HTML (the plan's), so that a note's new text changes the key. */
  readonly notes: readonly string[];
  readonly hasCorrectionsPolicy: boolean;
  /** Its story in every language, itself included (the very article object). */
  readonly versions: readonly Article[];
  readonly picture: ArticlePictureView | undefined;
  /** The plan chose the card (its own, or its section's until its own is drawn): a page never looks at the image cache. */
  readonly card: ShareCardKind;
}

function articlePageInputs(article: Article, content: Pick<PublishedContent, 'index' | 'pictures' | 'sharedWithSectionCard' | 'changeNotes' | 'sitePages'>): ArticlePageInputs {
  const { index } = content;
  return {
    article,
    slugs: slugsOfArticle(index.slugs, article),
    neighbours: neighbourLinks(index.neighbours.get(article.slug)),
    notes: content.changeNotes.get(article.slug) ?? [],
    hasCorrectionsPolicy: hasSitePage(content.sitePages, 'corrections-policy'),
    versions: index.translations.get(article.slug) ?? [],
    picture: content.pictures.get(article.slug),
    card: content.sharedWithSectionCard.has(article.slug) ? 'section' : 'article',
  };
}

// What a page key digests of its inputs: the slugs' maps as their entries, which JSON writes (a Map it writes as `{}`).
function digestedInputs(inputs: ArticlePageInputs) {
  const { topics, authors, profiles, sitePages } = inputs.slugs;
  return { ...inputs, slugs: { topics: [...topics], authors: [...authors], profiles: profiles === undefined ? undefined : [...profiles], sitePages } };
}

// Each part of a page is made under its article's name: whatever fails names the file.
function buildPageWithoutRelated({ article, slugs, neighbours, notes, hasCorrectionsPolicy, versions, picture, card }: ArticlePageInputs): PageWithoutRelated {
  return forArticle(article.file, 'page', () => ({
    article,
    sectionSlug: article.section.slug,
    url: absoluteUrl(siteConfig.url, article.path),
    view: buildArticleView(article, siteConfig, slugs, neighbours, { notes, hasCorrectionsPolicy }),
    language: buildArticleLanguageView(article, versions, siteConfig),
    ...(picture === undefined ? {} : { picture }),
    head: [...articleHeadTags(article, siteConfig, slugs, card), ...translationHeadTags(article, versions, siteConfig)],
    share: buildShareView(article, siteConfig),
  }));
}

// What the page prints from the plan's second stage: the related links and the story.
function buildRelated(article: Article, { index, related, storyOf }: SitePlan): Pick<ArticlePage, 'related' | 'story'> {
  const story = storyOf.get(article.slug);
  return {
    related: forArticle(article.file, 'related links', () => buildRelatedView(article, related.get(article.slug) ?? [], sectionArticles(index, article.section.slug), index.cards)),
    ...(story === undefined ? {} : { story: forArticle(article.file, 'story', () => buildStoryView(story, index.storyArticles, article.slug)) }),
  };
}

/**
 * The slug of every published article with its incremental-build key: the digest of its
 * file (the body is rendered from it) and of everything else the page is made from. The page itself
 * is not kept: Astro holds every route's props for the whole build, and the pages of a big
 * site would sit in memory until the last one rendered (articlePage builds each again).
 * The key has two parts: the inputs of what the page prints but its related links, digested
 * one page at a time from the plan's first stage while the related links are computed (on a worker thread
 * on a big site), then the related links, once `plan` has them. Only the `wanted` slugs (a
 * shard's own) are digested.
 */
export async function articlePageKeys(content: PublishedContent, plan: Promise<SitePlan>, wanted: (slug: string) => boolean = () => true): Promise<{ slug: string; cacheKey: string }[]> {
  const articles = content.articles.filter((article) => wanted(article.slug));
  // The footer's links to the fixed pages are printed by the layout, from the content.
  const frame = siteFrameKey(content.sitePages);
  const withoutRelated = articles.map((article) =>
    forArticle(article.file, 'page key', () => pageCacheKey({ body: content.sources.get(article.slug)?.digest, frame, inputs: digestedInputs(articlePageInputs(article, content)) })),
  );
  const complete = await plan;
  return articles.map((article, i) => ({ slug: article.slug, cacheKey: `${withoutRelated[i] ?? ''}.${pageCacheKey(buildRelated(article, complete))}` }));
}

/** The page of one published article, built when it renders: the same page its cacheKey digested. */
export function articlePage(plan: SitePlan, slug: string): ArticlePage {
  const article = plan.index.bySlug.get(slug);
  if (article === undefined) throw new Error(`no published article has the slug "${slug}"`);
  return { ...buildPageWithoutRelated(articlePageInputs(article, plan)), ...buildRelated(article, plan) };
}
