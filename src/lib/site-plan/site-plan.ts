import type { Article } from '../article.ts';
import type { ArticlePictureView } from '../article-picture-view.ts';
import { sha256 } from '../hash.ts';
import { escapeJsonCharacters, PAST_ASCII } from '../json-escapes.ts';
import type { RelatedLink } from '../related/types.ts';
import type { Story } from '../stories/find-stories.ts';
import type { SearchShard } from '../search/search-shards.ts';
import type { SiteListPages } from '../lists/list-pages.ts';
import { buildSiteIndex, type SiteIndex } from '../site-index.ts';
import { findSection, type SiteConfig } from '../site-config.ts';
import type { ArticleChange } from '../trust/article-changes.ts';
import { withAuthorProfiles, type AuthorProfile } from '../trust/author-profiles.ts';
import type { PublishedSitePage } from '../trust/published-site-pages.ts';
import type { ShareCardKind } from '../share-image/share-image-variants.ts';

/** Bump when the plan's shape changes, so a plan file written by older code is never read as current. */
export const SITE_PLAN_VERSION = 10;

/** Where one published article's body is read from: its file (relative to the project) and the content layer's digest of it. */
export interface PlannedSource {
  readonly file: string;
  readonly digest: string;
  /** The dateline the body's renderer prints in its first paragraph: it reads the body, not the front matter. */
  readonly dateline?: string;
}

/** One share image a build publishes: the card's cache file, and its path in the site. */
export interface PlannedShareImage {
  /** An article's own card, or a section's, which its articles waiting for their own show. */
  readonly card: ShareCardKind;
  /** The article's slug, or the section's. */
  readonly slug: string;
  /** Variant file name under the article's folder, e.g. `share.png`. */
  readonly variant: string;
  /**
   * The card's file name in the share-image cache folder. A name, not a path: each process
   * finds it in its own cache folder, and the plan (whose digest versions the service
   * worker) is the same in any checkout on any machine.
   */
  readonly cacheName: string;
  /** Site-relative path, e.g. `/articles/slug/share.png`. */
  readonly sitePath: string;
}

/**
 * The plan's first stage: what is published, where each body is, and what is made from the
 * articles alone (search parts, share images, pictures). It is ready before the related links, so
 * the work that needs only it (bodies, search index, share images) starts that much earlier.
 */
export interface PublishedContentParts {
  /** Digest of the content it was made from (every stored file's digest): equal keys, equal content. */
  readonly contentKey: string;
  /** The published articles, newest first. */
  readonly articles: readonly Article[];
  /** Slug → the file its body is rendered from. */
  readonly sources: ReadonlyMap<string, PlannedSource>;
  /** The parts of the search index (none outside a build). */
  readonly searchShards: readonly SearchShard[];
  /** The share images a build publishes (none outside a build). */
  readonly shareImages: readonly PlannedShareImage[];
  /**
   * The articles shared with their section's card in this build, their own not drawn yet (the
   * share-image budget); every other article has its own. Empty on the dev server, which
   * draws every card when asked.
   */
  readonly sharedWithSectionCard: ReadonlySet<string>;
  /**
   * Cards of articles in `sharedWithSectionCard` that the build draws while it does its other
   * work, never waited for and never published by it: the next build finds them drawn and
   * publishes them (decision 0009). Empty outside a build.
   */
  readonly shareImagesAhead: readonly PlannedShareImage[];
  /** Slug → its own picture as pages show it (articles whose picture is a file of ours). */
  readonly pictures: ReadonlyMap<string, ArticlePictureView>;
  /**
   * Slug → the HTML of each of the article's corrections and updates, in `article.changes`
   * order (src/build/markdown/render-notes.ts): rendered once, so the article page, the
   * corrections page and its feeds print the same HTML. Only articles with changes.
   */
  readonly changeNotes: ReadonlyMap<string, readonly string[]>;
  /** The author profiles (content/authors/), by slug: author pages, bylines and structured data read them. */
  readonly authorProfiles: readonly AuthorProfile[];
  /** The fixed pages that exist (content/pages/), in the closed list's order; `hasSitePage` says whether one does. */
  readonly sitePages: readonly PublishedSitePage[];
}

/** The plan's first stage with the lists derived from its articles (sections, topics, authors, archive, neighbours). */
export interface PublishedContent extends PublishedContentParts {
  readonly index: SiteIndex;
  /**
   * A shard's own pages of the site's lists, planned from the whole site's lists
   * (src/lib/shards/shard-plan.ts), whose index then holds only the articles its pages print;
   * absent elsewhere, where every list's pages are planned from `index` (`listPagesOf`).
   */
  readonly listPages?: SiteListPages;
}

/** The plan's first stage from its parts: the lists derived from the articles. */
export function makePublishedContent(parts: PublishedContentParts, site: SiteConfig): PublishedContent {
  return { ...parts, index: planIndex(parts, site) };
}

// The lists from the articles, with the author pages under their profiles and the fixed pages known.
function planIndex(parts: PublishedContentParts, site: SiteConfig): SiteIndex {
  return withAuthorProfiles(
    buildSiteIndex(parts.articles, site),
    parts.authorProfiles,
    parts.sitePages.map((page) => page.slug),
  );
}

/** What a plan is made of: everything computed from the whole site's content, as plain data. */
export interface SitePlanParts extends PublishedContentParts {
  /** Slug → its related links, most related first. */
  readonly related: ReadonlyMap<string, readonly RelatedLink[]>;
  /** The stories of two or more articles (one event, from the text and the editors' `story`), by slug. */
  readonly stories: readonly Story[];
}

/**
 * Everything that depends on the whole site, computed once per build: pages are functions of
 * (their article, this plan). `index` (sections, topics, authors, archive, neighbours) is
 * derived from `articles` by one pure function, when the plan is made and when it is read.
 */
export interface SitePlan extends SitePlanParts {
  readonly version: number;
  /**
   * Digest of the parts as its file holds them: equal digests, equal plans. Absent on a plan
   * made without its file (`makeSitePlanWithoutFile`: a whole build's, which no other process reads).
   */
  readonly digest?: string;
  readonly index: SiteIndex;
  /** A shard's own pages of the site's lists (as `PublishedContent.listPages`). */
  readonly listPages?: SiteListPages;
  /** Article slug → the story it belongs to (derived from `stories`). */
  readonly storyOf: ReadonlyMap<string, Story>;
}

/** The plan's file form: maps as entry lists, dates as ISO 8601 strings. */
interface EncodedPlan {
  readonly version: number;
  readonly digest: string;
  readonly contentKey: string;
  readonly articles: readonly EncodedArticle[];
  readonly sources: readonly (readonly [string, PlannedSource])[];
  readonly related: readonly (readonly [string, readonly RelatedLink[]])[];
  readonly stories: readonly Story[];
  readonly pictures: readonly (readonly [string, ArticlePictureView])[];
  readonly changeNotes: readonly (readonly [string, readonly string[]])[];
  readonly authorProfiles: readonly AuthorProfile[];
  readonly sitePages: readonly PublishedSitePage[];
  readonly searchShards: readonly SearchShard[];
  readonly shareImages: readonly PlannedShareImage[];
  readonly sharedWithSectionCard: readonly string[];
  readonly shareImagesAhead: readonly PlannedShareImage[];
}

/** An article in the plan's file: its instants as ISO 8601 strings. */
type EncodedArticle = Omit<Article, 'published' | 'updated' | 'changes'> & {
  published: string;
  updated?: string;
  changes: (Omit<ArticleChange, 'date'> & { date: string })[];
};

/** The plan's file form of its parts: as `SitePlanParts`, maps as entry lists and the articles' instants as ISO 8601 strings. */
export type EncodedPlanParts = Omit<EncodedPlan, 'version' | 'digest'>;

function encodeArticle({ published, updated, changes, ...rest }: Article): EncodedArticle {
  return {
    ...rest,
    published: published.toISOString(),
    ...(updated === undefined ? {} : { updated: updated.toISOString() }),
    changes: changes.map((change) => ({ ...change, date: change.date.toISOString() })),
  };
}

// Shared by every article read with no item in a list: a frozen empty list, which nothing can add to.
const NO_ITEMS: readonly never[] = Object.freeze([]);

// The lists of an article that are most often empty.
const LISTS = ['translations', 'tags', 'authors', 'pinnedRelated', 'aliases', 'changes'] as const;

// In place: the parsed objects become the plan's, so that at archive scale the articles are
// never held twice while a plan is read. What many articles have alike is held once, not once
// an article (a shard holds every article of the plan): the section (the site's own object),
// an empty list, the ISO text the day and the time both print.
function decodeArticle(encoded: EncodedArticle, site: SiteConfig): Article {
  const article = encoded as unknown as { -readonly [K in keyof Article]: Article[K] };
  article.published = new Date(encoded.published);
  if (encoded.updated !== undefined) article.updated = new Date(encoded.updated);
  for (const change of encoded.changes as unknown as { date: Date | string }[]) change.date = new Date(change.date);
  const section = findSection(site, encoded.section.slug);
  if (section?.name === encoded.section.name) article.section = section;
  for (const list of LISTS) if (article[list].length === 0) article[list] = NO_ITEMS;
  const day = article.publishedDay as { iso: string };
  if (day.iso === article.publishedAt.iso) day.iso = article.publishedAt.iso;
  return article;
}

// The file holds the parts in this order: the first stage's before the related links and the
// stories (`before`), then theirs, then the rest of the first stage's (`after`). Only the parts:
// the derived lists (index) are never stored.
type EncodedBefore = Pick<EncodedPlan, 'contentKey' | 'articles' | 'sources'>;
type EncodedAfter = Omit<EncodedPlan, 'version' | 'digest' | keyof EncodedBefore | 'related' | 'stories'>;

function encodedBefore(parts: PublishedContentParts): EncodedBefore {
  return { contentKey: parts.contentKey, articles: parts.articles.map(encodeArticle), sources: [...parts.sources] };
}

function encodedAfter(parts: PublishedContentParts): EncodedAfter {
  return {
    pictures: [...parts.pictures],
    changeNotes: [...parts.changeNotes],
    authorProfiles: parts.authorProfiles,
    sitePages: parts.sitePages,
    searchShards: parts.searchShards,
    shareImages: parts.shareImages,
    sharedWithSectionCard: [...parts.sharedWithSectionCard],
    shareImagesAhead: parts.shareImagesAhead,
  };
}

/** The parts as a plan's file holds them (`EncodedPlanParts`), for JSON.stringify: a shard's cut of the plan is written in this form too (src/lib/shards/shard-plan.ts). */
export function encodePlanParts(parts: SitePlanParts): EncodedPlanParts {
  return { ...encodedBefore(parts), related: [...parts.related], stories: parts.stories, ...encodedAfter(parts) };
}

/** The parts from their file form (`encodePlanParts`), the articles decoded in place. */
export function decodePlanParts(encoded: EncodedPlanParts, site: SiteConfig): SitePlanParts {
  return {
    contentKey: encoded.contentKey,
    articles: encoded.articles.map((article) => decodeArticle(article, site)),
    sources: new Map(encoded.sources),
    related: new Map(encoded.related),
    stories: encoded.stories,
    pictures: new Map(encoded.pictures),
    changeNotes: new Map(encoded.changeNotes),
    authorProfiles: encoded.authorProfiles,
    sitePages: encoded.sitePages,
    searchShards: encoded.searchShards,
    shareImages: encoded.shareImages,
    sharedWithSectionCard: new Set(encoded.sharedWithSectionCard),
    shareImagesAhead: encoded.shareImagesAhead,
  };
}

/** Article slug → the story it belongs to, of `stories`. */
export function storiesBySlug(stories: readonly Story[]): Map<string, Story> {
  return new Map(stories.flatMap((story) => story.articles.map((slug) => [slug, story] as const)));
}

/** Makes the plan from its parts: the lists derived from the articles (unless the first stage already made them), and the digest. */
export function makeSitePlan(parts: SitePlanParts, site: SiteConfig, index: SiteIndex = planIndex(parts, site)): SitePlan {
  return makeSitePlanWithText(parts, site, index).plan;
}

/**
 * The plan alone, without its file's text or digest: what a whole build renders from, since no
 * other process reads its plan, and at archive scale that text is hundreds of megabytes of JSON
 * made on the build's busiest thread (decision 0029).
 */
export function makeSitePlanWithoutFile(parts: SitePlanParts, site: SiteConfig, index: SiteIndex = planIndex(parts, site)): SitePlan {
  return assemblePlan(parts, undefined, index);
}

/** A plan and its file's text (JSON), which another process renders pages from. */
export interface SitePlanWithText {
  readonly plan: SitePlan;
  /**
   * The file's text in pieces, to be written one after the other: the version and the digest,
   * then the parts. Joined, they would make another string as long as the whole plan.
   */
  readonly text: readonly string[];
}

/**
 * The plan file's text for every part of the first stage (all but the related links and the
 * stories), escaped as the file holds it, for `makeSitePlanWithText`: made while the related
 * links are computed on their worker, since at archive scale it is most of the file.
 */
export interface FirstStagePlanText {
  /** The content it was made from: it is used only with the same content's related links. */
  readonly contentKey: string;
  /** `{"contentKey":…,"articles":[`, the parts' opening. */
  readonly opening: string;
  /** Each article as the file holds it, in the plan's order: joined by commas they make the file's list, and a shard's cut (src/lib/shards/shard-plan.ts) takes its own from them. */
  readonly articles: readonly string[];
  /** `],"sources":[…]`, the rest of the parts before the related links. */
  readonly sources: string;
  /** `"pictures":…,"shareImagesAhead":[…]}`, the parts after the stories. */
  readonly after: string;
}

/** A value as the plan's file holds it: JSON, every character past ASCII escaped. */
export const planJson = (value: unknown): string => escapeJsonCharacters(JSON.stringify(value), PAST_ASCII);

/** An article as the plan's file holds it. */
export function articleJson(article: Article): string {
  return planJson(encodeArticle(article));
}

/** The first stage's parts of the plan file (`FirstStagePlanText`), written out once. */
export function firstStagePlanText(content: PublishedContentParts): FirstStagePlanText {
  return {
    contentKey: content.contentKey,
    opening: `{"contentKey":${planJson(content.contentKey)},"articles":[`,
    articles: content.articles.map(articleJson),
    sources: `],"sources":${planJson([...content.sources])}`,
    after: planJson(encodedAfter(content)).slice(1),
  };
}

/**
 * `makeSitePlan`, also giving the plan's file text: the parts are written out as JSON once,
 * for the digest and the file both, since at archive scale that JSON runs to hundreds of
 * megabytes. The text is that JSON behind the version and the digest. With `firstStage` (of
 * the same content), only the related links and the stories are written out here.
 */
export function makeSitePlanWithText(parts: SitePlanParts, site: SiteConfig, index: SiteIndex = planIndex(parts, site), firstStage?: FirstStagePlanText): SitePlanWithText {
  const { opening, articles, sources, after } = firstStage?.contentKey === parts.contentKey ? firstStage : firstStagePlanText(parts);
  // The text JSON.stringify gives the whole object: the opening begins inside its braces, `after` ends them.
  const pieces = [opening, articles.join(','), sources, `,"related":${planJson([...parts.related])},"stories":${planJson(parts.stories)},`, after];
  const digest = sha256(pieces, 'base64url');
  return { plan: assemblePlan(parts, digest, index), text: [fileHead(SITE_PLAN_VERSION, digest), opening.slice(1), ...pieces.slice(1)] };
}

function assemblePlan(parts: SitePlanParts, digest: string | undefined, index: SiteIndex): SitePlan {
  const storyOf = storiesBySlug(parts.stories);
  return { ...planPartsOf(parts), version: SITE_PLAN_VERSION, ...(digest === undefined ? {} : { digest }), index, storyOf };
}

// The file's first fields, as JSON.stringify writes an EncodedPlan: the parts' JSON follows without its `{`.
const fileHead = (version: unknown, digest: unknown): string => `{"version":${JSON.stringify(version)},"digest":${JSON.stringify(digest)},`;

/**
 * The digest a plan's file text (`makeSitePlanWithText`) opens with, read from its first few
 * hundred bytes (`opening`) rather than the whole plan; undefined when it does not open as
 * this version's plan does.
 */
export function planDigestIn(opening: string): string | undefined {
  // Up to the digest's opening quote.
  const before = fileHead(SITE_PLAN_VERSION, '').slice(0, -2);
  if (!opening.startsWith(before)) return undefined;
  const end = opening.indexOf('"', before.length);
  return end > before.length ? opening.slice(before.length, end) : undefined;
}

/** The parts alone of a plan, whatever else the object given carries (a plan's index, a first stage's). */
export function planPartsOf({
  contentKey,
  articles,
  sources,
  related,
  stories,
  pictures,
  changeNotes,
  authorProfiles,
  sitePages,
  searchShards,
  shareImages,
  sharedWithSectionCard,
  shareImagesAhead,
}: SitePlanParts): SitePlanParts {
  return { contentKey, articles, sources, related, stories, pictures, changeNotes, authorProfiles, sitePages, searchShards, shareImages, sharedWithSectionCard, shareImagesAhead };
}

/**
 * Reads a plan's file text (`makeSitePlanWithText`); throws when it is of another version or
 * its digest does not match its parts. The digest is checked on the parts as the file holds
 * them, not on the parts written out again: the same check, without another JSON of the whole
 * plan in memory.
 */
export function decodeSitePlan(text: string, site: SiteConfig): SitePlan {
  const encoded = JSON.parse(text) as EncodedPlan;
  if (encoded.version !== SITE_PLAN_VERSION) throw new Error(`site plan: version ${String(encoded.version)} is not this code's ${SITE_PLAN_VERSION}; build again`);
  const head = fileHead(encoded.version, encoded.digest);
  if (!text.startsWith(head) || sha256(['{', text.slice(head.length)], 'base64url') !== encoded.digest) {
    throw new Error('site plan: the file does not match its digest (changed or cut short); build again');
  }
  const parts = decodePlanParts(encoded, site);
  return assemblePlan(parts, encoded.digest, planIndex(parts, site));
}
