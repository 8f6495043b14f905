// Punctuation that means something anywhere in a CommonMark + GFM paragraph: escapes,
// emphasis, code, links, HTML and autolinks, strikethrough, table cells.
const INLINE = /[\\`*_[<~|]/g;
// An entity or character reference ("&copy;", "&#169;") would be decoded, not shown.
const REFERENCE = /&(?=#?[a-z0-9]+;)/gi;
// GFM links bare URLs while it reads the source, keeping any escape inside one as a visible
// backslash. Escaping the punctuation that starts one ("https\://", "www\.") leaves it to
// GFM's second pass, which links the unescaped text: the URL is still linked, as sent.
const URL_START = /(?:https?|mailto|xmpp)(?=:)|www(?=\.)/gi;
// What opens a block when it starts a line: a heading, a quote, a list item.
const BLOCK_START = /^[#>+=-]/;
const ORDERED_ITEM = /^(\d{1,9})([.)])(?=\s|$)/;

/**
 * Escapes one paragraph of plain text so that Markdown renders it exactly as sent. Only what
 * Markdown would read as syntax is escaped, so copy without it is published unchanged.
 * Expects one line, as wire paragraphs are once parsed.
 */
export function escapeMarkdown(paragraph: string): string {
  return paragraph.replace(INLINE, '\\$&').replace(REFERENCE, '\\&').replace(URL_START, '$&\\').replace(BLOCK_START, '\\$&').replace(ORDERED_ITEM, '$1\\$2');
}
