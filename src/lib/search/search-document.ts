import type { Article } from '../article.ts';
import { escapeHtml } from '../escape-html.ts';
import type { SiteConfig } from '../site-config.ts';

/** What the search index holds for one article: its page URL and an HTML document for Pagefind. */
export interface SearchDocument {
  readonly url: string;
  readonly html: string;
}

/**
 * The searchable text of an article, built from the article itself rather than read back
 * from its rendered page, so the index can be built while pages are still rendering.
 * It holds what a reader would search for on the page: headline (weighted highest),
 * standfirst, byline and credit, picture caption and the body, plus the section as a
 * filter and the headline and date as result metadata.
 */
export function searchDocument(article: Article, bodyHtml: string, site: SiteConfig): SearchDocument {
  const text = (value: string | undefined) => (value === undefined ? '' : escapeHtml(value));
  const people = [...article.authors, ...(article.source === undefined ? [] : [article.source])].join(', ');
  const caption = [article.image?.caption, article.image?.credit].filter((part) => part !== undefined).join(' ');
  const html = [
    `<!doctype html><html lang="${text(site.language)}"><head><title>${text(article.title)}</title></head><body>`,
    `<article data-pagefind-body data-pagefind-filter="section:${text(article.section.name)}">`,
    `<h1 data-pagefind-weight="10" data-pagefind-meta="title">${text(article.title)}</h1>`,
    article.standfirst === undefined ? '' : `<p data-pagefind-weight="7">${text(article.standfirst)}</p>`,
    people === '' ? '' : `<p>${text(people)}</p>`,
    `<p><time datetime="${article.publishedDay.iso}" data-pagefind-meta="date">${text(article.publishedDay.text)}</time></p>`,
    caption === '' ? '' : `<p>${text(caption)}</p>`,
    bodyHtml,
    '</article></body></html>',
  ].join('');
  return { url: article.path, html };
}
