/**
 * Markdown to plain text, cheaply and well enough for summaries, word counts and relatedness:
 * markup, link targets, HTML tags and escapes go; the words stay in order. Every step takes
 * time linear in the body, whatever it holds: this runs on the build's main thread for every
 * article, and a body is text nobody checked.
 */
export function markdownToPlainText(markdown: string): string {
  return markdownBlocks(markdown).join('\n\n');
}

/** The paragraphs and headings of a Markdown body, each as plain text, in order. */
export function markdownBlocks(markdown: string): string[] {
  return blocksOf(markdown)
    .map(inlineToText)
    .filter((block) => block !== '');
}

// A block a summary does not start with: a heading, an image, a table, raw HTML that is not
// followed by words before its next tag, a thematic break, a footnote.
const NOT_A_PARAGRAPH = /^(#{1,6}\s|!\[|\||<(?!\w[^>]*>[^<\w]*\w)|[-*_]{3,}\s*$|\[\^)/;

/** The first paragraph of a body (not a heading, image or table), as plain text. */
export function firstParagraph(markdown: string): string | undefined {
  for (const block of blocksOf(markdown)) {
    const trimmed = block.trim();
    if (trimmed === '' || NOT_A_PARAGRAPH.test(trimmed)) continue;
    const text = inlineToText(trimmed);
    if (text !== '') return text;
  }
  return undefined;
}

// A fence opens a code block: three or more backticks (whose info string holds none) or
// tildes, indented by at most three spaces. It is closed by a line of at least as many of the
// same character, and an unclosed one runs to the end of the body, as CommonMark reads them.
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const BLANK = /^[ \t]*$/;

/** The body's blocks outside fenced code: runs of lines between blank lines, one pass over the lines. */
function blocksOf(markdown: string): string[] {
  const blocks: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) blocks.push(lines.join('\n'));
    lines = [];
  };
  let closing: RegExp | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    if (closing !== undefined) {
      if (closing.test(line)) closing = undefined;
      continue;
    }
    const fence = FENCE_OPEN.exec(line)?.[1];
    if (fence !== undefined) {
      flush();
      closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    } else if (BLANK.test(line)) {
      flush();
    } else {
      lines.push(line);
    }
  }
  flush();
  return blocks;
}

// Escaped punctuation is parked in the Private Use Area while markup is stripped, so that
// `\<b\>` as sent stays text instead of being read as a tag.
const PARK = 0xe000;
const RAW_TEXT_ELEMENTS = ['script', 'style', 'iframe', 'object', 'template'];
const RAW_TEXT_OPEN = new Map(RAW_TEXT_ELEMENTS.map((name) => [name, new RegExp(`<${name}\\b[\\s\\S]*?</${name}\\s*>`, 'gi')]));
const RAW_TEXT_CLOSE = new Map(RAW_TEXT_ELEMENTS.map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]));

function inlineToText(block: string): string {
  let text = block.replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => String.fromCharCode(PARK + ch.charCodeAt(0)));
  if (text.includes('<')) text = withoutHtml(text);
  if (text.includes('[')) text = withoutLinks(text);
  text = text
    // Thematic breaks and setext heading underlines.
    .replace(/^ {0,3}(?:([-*_])(?:[ \t]*\1){2,}|=+)[ \t]*$/gm, '')
    // Block quote, list and heading markers, however deep.
    .replace(/^\s{0,3}(?:(?:>\s?|[-*+]\s+|\d+[.)]\s+)+(?:#{1,6}\s+)?|#{1,6}\s+)/gm, '')
    // Table delimiter rows.
    .replace(/^[ \t|:-]+$/gm, (line) => (line.includes('|') && line.includes('-') ? '' : line))
    .replace(/\|/g, ' ');
  text = withoutEmphasis(text)
    .replace(/`([^`]*)`/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PARK));
  return text.trim();
}

/** Comments and scripts (with their content) become spaces; block tags spaces, other tags nothing. */
function withoutHtml(block: string): string {
  let text = upTo(block, lastEnd(block, '-->'), (head) => head.replace(/<!--[\s\S]*?-->/g, ' '));
  // Replacing an element by a space makes no closing tag that was not there.
  const lower = text.toLowerCase();
  for (const name of RAW_TEXT_ELEMENTS) {
    const open = RAW_TEXT_OPEN.get(name);
    const close = RAW_TEXT_CLOSE.get(name);
    if (open === undefined || close === undefined || !lower.includes(`</${name}`)) continue;
    let end = -1;
    for (const match of text.matchAll(close)) end = match.index + match[0].length;
    text = upTo(text, end, (head) => head.replace(open, ' '));
  }
  text = upTo(text, lastEnd(text, '>'), (head) => head.replace(/<\/?(?:p|div|br|hr|li|ul|ol|tr|td|th|table|h[1-6]|figure|figcaption|blockquote|section)\b[^>]*>/gi, ' '));
  return upTo(text, lastEnd(text, '>'), (head) => head.replace(/<\/?[a-zA-Z][^>]*>/g, ''));
}

// Link text and labels hold no bracket (CommonMark allows balanced ones; they are rare, and
// excluding them keeps every scan from one bracket to the next).
function withoutLinks(block: string): string {
  let text = upTo(block, lastEnd(block, ')'), (head) => head.replace(/!\[([^\][]*)\]\([^)]*\)/g, '$1'));
  text = upTo(text, lastEnd(text, ')'), (head) => head.replace(/\[([^\][]*)\]\([^)]*\)/g, '$1'));
  return text
    .replace(/!\[([^\][]*)\]\[[^\][]*\]/g, '$1')
    .replace(/\[([^\][]*)\]\[[^\][]*\]/g, '$1')
    .replace(/\[\^[^\][]+\]:?/g, '')
    .replace(/^\s{0,3}\[[^\][]+\]:\s+\S+.*$/gm, '');
}

// Each delimiter pairs with the first closing one after it, as lazy patterns do; one pass
// per delimiter, each ending at that delimiter's last closing run (see `upTo`).
const STRONG = [
  { delimiter: '**', pattern: /\*\*(?=\S)([\s\S]*?\S)\*\*/g },
  { delimiter: '__', pattern: /__(?=\S)([\s\S]*?\S)__/g },
  { delimiter: '~~', pattern: /~~(?=\S)([\s\S]*?\S)~~/g },
];
// A single `*` or `_` opens after a character that is no word character or backslash, and
// closes before one that is no word character.
const EMPHASIS = [
  { delimiter: '*', pattern: /(^|[^\\\w])\*(?=\S)([\s\S]*?\S)\*(?!\w)/g },
  { delimiter: '_', pattern: /(^|[^\\\w])_(?=\S)([\s\S]*?\S)_(?!\w)/g },
];

function withoutEmphasis(block: string): string {
  let text = block;
  for (const { delimiter, pattern } of STRONG) {
    if (text.includes(delimiter)) text = upTo(text, lastClosing(text, delimiter, false), (head) => head.replace(pattern, '$1'));
  }
  for (const { delimiter, pattern } of EMPHASIS) {
    if (text.includes(delimiter)) text = upTo(text, lastClosing(text, delimiter, true), (head) => head.replace(pattern, '$1$2'));
  }
  return text;
}

/**
 * `edit` applied to the text before `end`, the rest kept as it is. A lazy pattern such as
 * `<!--[\s\S]*?-->` scans to the end of the text for every opener no closer follows, which is
 * quadratic on text like `<!--` repeated; ending the text at the last closer makes every
 * opener's scan end in a match that consumes what it scanned, so each runs in linear time.
 */
function upTo(text: string, end: number, edit: (head: string) => string): string {
  if (end <= 0) return text;
  return end >= text.length ? edit(text) : edit(text.slice(0, end)) + text.slice(end);
}

/** Where the last `closer` in `text` ends; -1 when there is none. */
function lastEnd(text: string, closer: string): number {
  const at = text.lastIndexOf(closer);
  return at < 0 ? -1 : at + closer.length;
}

/**
 * Where the last run of `delimiter` that can close emphasis ends: one after a character that is
 * not white space (and, for a single `*` or `_`, before none that is a word character).
 */
function lastClosing(text: string, delimiter: string, beforeNoWord: boolean): number {
  for (let at = text.lastIndexOf(delimiter); at > 0; at = text.lastIndexOf(delimiter, at - 1)) {
    const after = text.charAt(at + delimiter.length);
    if (!/\s/.test(text.charAt(at - 1)) && !(beforeNoWord && /\w/.test(after))) return at + delimiter.length;
  }
  return -1;
}

/** Words in a text, counting any run of letters or digits (any script) as one. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let segmenter = wordSegmenters.get(key);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    wordSegmenters.set(key, segmenter);
  }
  return segmenter;
}

// What may end a cut before its ellipsis is added: spaces and the punctuation that separates.
const TRAILING_SEPARATORS = /[\s,;:.、。，；：…–—-]+$/u;

/**
 * Shortens text to at most `max` (at least 1) characters as a reader counts them (grapheme
 * clusters: a flag, an emoji with skin tone, a letter with its accents stay whole), ending
 * with an ellipsis when it was cut. The cut falls between words when the word it would split
 * starts in the last two fifths of what is kept; `Intl.Segmenter` finds words in scripts
 * written without spaces too (Japanese, Chinese, Thai), by the rules of `locale` when
 * given. The result is always well-formed UTF-16.
 */
export function truncateAtWord(text: string, max: number, locale?: string): string {
  const whole = text.toWellFormed();
  if (whole.length <= max) return whole;
  const cutAt = graphemeCut(whole, Math.max(1, max));
  if (cutAt === undefined) return whole;
  return `${whole.slice(0, wordStart(whole, cutAt, locale)).replace(TRAILING_SEPARATORS, '')}…`;
}

const SPACE = /\s/;

/**
 * Where to cut `text` at or before `cut` so as not to split a word: at `cut` when it falls
 * between words; else before the word it would split, found at the last white space where
 * the language writes spaces, or by `Intl.Segmenter` where it does not. Only in the last two
 * fifths: a word that long is split.
 */
function wordStart(text: string, cut: number, locale: string | undefined): number {
  if (SPACE.test(text.charAt(cut)) || SPACE.test(text.charAt(cut - 1))) return cut;
  const floor = cut * 0.6;
  for (let i = cut - 1; i > floor; i--) if (SPACE.test(text.charAt(i))) return i;
  const word = wordSegmenter(locale).segment(text).containing(cut);
  if (word?.isWordLike === true && word.index < cut && word.index > floor && isGraphemeStart(text, word.index)) return word.index;
  return cut;
}

// Printable ASCII, where every character is a grapheme of its own.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Where the first max − 1 graphemes of `text` end (room for the ellipsis), if it has more than `max`. */
function graphemeCut(text: string, max: number): number | undefined {
  if (PLAIN_ASCII.test(text.slice(0, max + 1))) return max - 1;
  let count = 0;
  let cut = 0;
  for (const { index } of graphemes.segment(text)) {
    if (count === max - 1) cut = index;
    if (count === max) return cut;
    count += 1;
  }
  return undefined;
}

function isGraphemeStart(text: string, index: number): boolean {
  return graphemes.segment(text).containing(index)?.index === index;
}
