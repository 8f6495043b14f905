import type { Article } from '../article.ts';
import type { SiteConfig } from '../site-config.ts';
import { languageAutonym, sameLanguage } from './language.ts';

/** A link to the story in another language, named in that language ("العربية"). */
export interface TranslationLinkView {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** The language's own name for itself. */
  readonly language: string;
  readonly headline: string;
  readonly path: string;
}

/** The language an article page is written in, and its story in the site's other languages. */
export interface ArticleLanguageView {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** True when the article is not in the site's language: the page marks it, and dates follow it. */
  readonly foreign: boolean;
  /** The other versions, in language-tag order; empty when there are none. */
  readonly translations: readonly TranslationLinkView[];
}

/** Builds an article's language view from its story's versions (the site index's translation group). */
export function buildArticleLanguageView(article: Article, versions: readonly Article[], site: SiteConfig): ArticleLanguageView {
  return {
    lang: article.lang,
    dir: article.dir,
    foreign: !sameLanguage(article.lang, site.language),
    translations: versions
      .filter((version) => version.slug !== article.slug)
      .map((version) => ({ lang: version.lang, dir: version.dir, language: languageAutonym(version.lang), headline: version.title, path: version.path })),
  };
}
