import type { ArticleFrontMatter } from './content/article-schema.ts';
import { parseArticleDate } from './dates.ts';
import { ArticleFailure, forArticle } from './for-article.ts';
import { countWords, firstParagraph, markdownToPlainText, truncateAtWord } from './plain-text.ts';
import { languageDirection } from './i18n/language.ts';
import { findSection, type Section, type SiteConfig } from './site-config.ts';
import { publicationViews, type CalendarMonth, type TimeView } from './time-view.ts';
import { newestChangesFirst, type ArticleChange } from './trust/article-changes.ts';
import { DEFAULT_WORK_TYPE, type WorkType } from './trust/work-type.ts';
import { articlePath } from './urls.ts';

/** An article's picture, as the editor gave it. */
export interface ArticleImage {
  readonly src: string;
  readonly alt: string;
  readonly caption?: string;
  readonly credit?: string;
}

/** An article as the domain knows it: typed, dated in instants, with everything pages need. */
export interface Article {
  readonly slug: string;
  /** Site-relative URL path with a trailing slash, e.g. `/articles/kim-jong-un-in-russia/`. */
  readonly path: string;
  readonly title: string;
  /** The standfirst as the editor wrote it; absent when they wrote none. */
  readonly standfirst?: string;
  /** The standfirst, or a summary of the first paragraph: for meta tags and cards. */
  readonly summary: string;
  readonly published: Date;
  /** `published` as its page and story timelines print it (the site's zone, the article's language): formatted once, not on every page. */
  readonly publishedAt: TimeView;
  /** The day of `published` as lists print it. */
  readonly publishedDay: TimeView;
  /** The month of `published` in the site's time zone: where the archive files it. */
  readonly publishedMonth: CalendarMonth;
  readonly updated?: Date;
  /** What kind of work it is (news, analysis, opinion…): labelled to readers. */
  readonly workType: WorkType;
  /** Where it was reported from ("SEOUL"), printed at the start of the first paragraph. */
  readonly dateline?: string;
  /** Its corrections and updates, newest first. */
  readonly changes: readonly ArticleChange[];
  /** The language it is written in (canonical BCP 47): the site's unless the editor says otherwise. */
  readonly lang: string;
  /** The direction its language is written in. */
  readonly dir: 'ltr' | 'rtl';
  /** The slugs of this story's versions in other languages, as the editor listed them. */
  readonly translations: readonly string[];
  /** The editor's say on which story it belongs to: a story slug, or `none` to keep it out of any. */
  readonly story?: string;
  readonly section: Section;
  readonly tags: readonly string[];
  readonly authors: readonly string[];
  readonly source?: string;
  readonly image?: ArticleImage;
  readonly pinnedRelated: readonly string[];
  readonly aliases: readonly string[];
  readonly draft: boolean;
  /** Path of the source file relative to the project root. */
  readonly file: string;
  readonly wordCount: number;
  /** Minutes to read at 230 words a minute, at least 1. */
  readonly readingMinutes: number;
}

/** The fields `toArticle` needs from a stored entry. */
export interface ArticleEntry {
  readonly slug: string;
  readonly file: string;
  readonly frontMatter: ArticleFrontMatter;
  readonly body: string;
}

const WORDS_PER_MINUTE = 230;
const SUMMARY_LENGTH = 200;

/** A domain article with its body as plain text, which only the related-links engine reads. */
export interface ArticleWithText {
  readonly article: Article;
  readonly bodyText: string;
}

/** Turns validated front matter and body into a domain article, reading dates in the site's time zone. */
export function toArticle(entry: ArticleEntry, site: SiteConfig): Article {
  return toArticleWithText(entry, site).article;
}

/** What an article takes from its body besides the text: kept between builds under its file's digest, so that an unchanged article is made without reading its body. */
export interface BodyFacts {
  readonly wordCount: number;
  /** The standfirst, or a summary of the first paragraph. */
  readonly summary: string;
}

/**
 * Like toArticle, also giving the body as plain text (for relatedness), kept apart from the
 * article: pages keep articles for the whole build, and need the text only for counts.
 * `directionOf` gives a language's writing direction: a caller making many articles passes
 * one that remembers its answers (a site's articles share a few languages, and each answer
 * costs an `Intl.Locale` maximised).
 */
export function toArticleWithText(entry: ArticleEntry, site: SiteConfig, directionOf: (lang: string) => 'ltr' | 'rtl' = languageDirection): ArticleWithText {
  const fm = entry.frontMatter;
  const bodyText = forArticle(entry.file, 'body', () => markdownToPlainText(entry.body));
  // Cut by characters as a reader counts them, between words (in any script; Intl.Segmenter).
  const summary = fm.description ?? forArticle(entry.file, 'body', () => truncateAtWord(firstParagraph(entry.body) ?? fm.title, SUMMARY_LENGTH, fm.lang ?? site.language));
  return { article: toArticleFromFacts(entry, { wordCount: countWords(bodyText), summary }, site, directionOf), bodyText };
}

/** The article of an entry whose body's facts are known (kept from an earlier build): its body is not read. */
export function toArticleFromFacts(entry: Omit<ArticleEntry, 'body'>, facts: BodyFacts, site: SiteConfig, directionOf: (lang: string) => 'ltr' | 'rtl' = languageDirection): Article {
  const fm = entry.frontMatter;
  const published = instant(fm.date, 'date', entry, site);
  const updated = fm.updated === undefined ? undefined : instant(fm.updated, 'updated', entry, site);
  const sectionSlug = fm.section ?? site.defaultSection;
  const section = findSection(site, sectionSlug);
  if (!section) throw new ArticleFailure(entry.file, 'section', `"${sectionSlug}" is not a section of this site`);
  const lang = fm.lang ?? site.language;
  const { wordCount, summary } = facts;
  // One reading of the zone's wall clock for every form of the date the site prints.
  const publication = publicationViews(published, site, lang);
  const article: Article = {
    slug: entry.slug,
    path: articlePath(entry.slug),
    title: fm.title,
    ...(fm.description === undefined ? {} : { standfirst: fm.description }),
    summary,
    published,
    publishedAt: publication.at,
    publishedDay: publication.day,
    publishedMonth: publication.month,
    ...(updated === undefined ? {} : { updated }),
    workType: fm.type ?? DEFAULT_WORK_TYPE,
    ...(fm.dateline === undefined ? {} : { dateline: fm.dateline }),
    changes: newestChangesFirst([
      ...(fm.corrections ?? []).map((change, i) => ({ kind: 'correction' as const, date: instant(change.date, `corrections.${i}.date`, entry, site), text: change.text })),
      ...(fm.updates ?? []).map((change, i) => ({ kind: 'update' as const, date: instant(change.date, `updates.${i}.date`, entry, site), text: change.text })),
    ]),
    lang,
    dir: directionOf(lang),
    translations: fm.translations ?? [],
    ...(fm.story === undefined ? {} : { story: fm.story }),
    section,
    tags: unique(fm.tags ?? []),
    authors: unique(fm.authors ?? []),
    ...(fm.source === undefined ? {} : { source: fm.source }),
    ...(fm.image === undefined ? {} : { image: withoutUndefined(fm.image) }),
    pinnedRelated: fm.related ?? [],
    aliases: fm.aliases ?? [],
    draft: fm.draft ?? false,
    file: entry.file,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
  return article;
}

/** Newest first; ties by slug, so the order is the same on every machine. */
export function byNewest(a: Article, b: Article): number {
  return b.published.getTime() - a.published.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

function instant(value: string, field: string, entry: Pick<ArticleEntry, 'file'>, site: SiteConfig): Date {
  const parsed = parseArticleDate(value, site.timeZone);
  if (!parsed.ok) throw new ArticleFailure(entry.file, field, parsed.message);
  return parsed.date;
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutUndefined(image: { src: string; alt: string; caption?: string | undefined; credit?: string | undefined }): ArticleImage {
  return {
    src: image.src,
    alt: image.alt,
    ...(image.caption === undefined ? {} : { caption: image.caption }),
    ...(image.credit === undefined ? {} : { credit: image.credit }),
  };
}
