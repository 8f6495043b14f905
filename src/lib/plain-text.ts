/**
 * Markdown to plain text, cheaply and well enough for summaries, word counts and relatedness:
 * markup, link targets, HTML tags and escapes go; the words stay in order.
 */
export function markdownToPlainText(markdown: string): string {
  return markdownBlocks(markdown).join('\n\n');
}

/** The paragraphs and headings of a Markdown body, each as plain text, in order. */
export function markdownBlocks(markdown: string): string[] {
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
  return withoutCode
    .split(/\r?\n[ \t]*\r?\n/)
    .map(inlineToText)
    .filter((block) => block !== '');
}

/** The first paragraph of a body (not a heading, image or table), as plain text. */
export function firstParagraph(markdown: string): string | undefined {
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
  for (const block of withoutCode.split(/\r?\n[ \t]*\r?\n/)) {
    const trimmed = block.trim();
    if (trimmed === '' || /^(#{1,6}\s|!\[|\||<(?!\w+[^>]*>[^<]*\w)|[-*_]{3,}\s*$|\[\^)/.test(trimmed)) continue;
    const text = inlineToText(trimmed);
    if (text !== '') return text;
  }
  return undefined;
}

// Escaped punctuation is parked in the Private Use Area while markup is stripped, so that
// `\<b\>` as sent stays text instead of being read as a tag.
const PARK = 0xe000;

function inlineToText(block: string): string {
  return block
    .replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => String.fromCharCode(PARK + ch.charCodeAt(0)))
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|iframe|object|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(?:p|div|br|hr|li|ul|ol|tr|td|th|table|h[1-6]|figure|figcaption|blockquote|section)\b[^>]*>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[\^[^\]]+\]:?/g, '')
    .replace(/^\s{0,3}\[[^\]]+\]:\s+\S+.*$/gm, '')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, '')
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\\\w])([*_])(?=\S)([\s\S]*?\S)\2(?!\w)/g, '$1$3')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PARK))
    .trim();
}

/** Words in a text, counting any run of letters or digits (any script) as one. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Shortens text at a word boundary, ending with an ellipsis when it was cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
