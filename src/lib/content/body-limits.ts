// How deep an article body may nest. The Markdown pipeline (remark, rehype, parse5 through
// rehype-raw, the HTML writer) walks the tree recursively and runs out of stack a few
// thousand levels down, which a body of a few kilobytes reaches; these bounds are far below
// that, even added together, and far above anything an article needs. Each count is a single
// pass over the body, and may count more than the parser will nest, never less: it reads
// Markdown and HTML the way that nests the most wherever it cannot be sure.

/** The deepest nesting a body may have, by kind. */
export const BODY_NESTING_LIMITS: NestingLimits = { containers: 64, html: 64, emphasis: 256 };

/** Bounds on each kind of nesting. */
export interface NestingLimits {
  /** Block quotes, list items and footnote definitions inside one another. */
  readonly containers: number;
  /** Raw HTML elements inside one another. */
  readonly html: number;
  /** Emphasis, strong emphasis and strikethrough inside one another, in one paragraph. */
  readonly emphasis: number;
}

/** One kind of nesting a body takes past its limit. */
export interface DeepNesting {
  readonly kind: keyof NestingLimits;
  /** How deep it goes at most (as counted: never less than the parser would nest). */
  readonly depth: number;
  readonly limit: number;
  /** 1-based line of the body where it first goes past the limit. */
  readonly line: number;
  /** What an editor reads, e.g. "blockquotes and lists nested 70 deep; at most 64". */
  readonly message: string;
}

const WORDING: Record<keyof NestingLimits, string> = {
  containers: 'blockquotes and lists nested',
  html: 'HTML elements nested',
  emphasis: 'emphasis markers (*, _, ~) that can nest',
};

/** Each kind of nesting that goes deeper than `limits` in a Markdown body; empty when none does. */
export function findDeepNesting(body: string, limits: NestingLimits = BODY_NESTING_LIMITS): DeepNesting[] {
  const lines = scanLines(body);
  const found = [
    deepest('containers', lines.containers, limits.containers),
    deepest('html', body.includes('<') ? htmlDepths(body, lines) : [], limits.html),
    deepest('emphasis', /[*_~]/.test(body) ? emphasisDepths(body) : [], limits.emphasis),
  ];
  return found.filter((nesting): nesting is DeepNesting => nesting !== undefined);
}

/** A depth reached on a line (0-based). */
interface Depth {
  readonly line: number;
  readonly depth: number;
}

function deepest(kind: keyof NestingLimits, depths: readonly Depth[], limit: number): DeepNesting | undefined {
  let first: Depth | undefined;
  let max = 0;
  for (const depth of depths) {
    if (depth.depth > limit && first === undefined) first = depth;
    max = Math.max(max, depth.depth);
  }
  if (first === undefined) return undefined;
  return { kind, depth: max, limit, line: first.line + 1, message: `${WORDING[kind]} ${max} deep; at most ${limit}` };
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

function isBlankChar(code: number): boolean {
  return code === SPACE || code === TAB || code === RETURN;
}

function isWhiteSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === NEWLINE || code === RETURN || code === 0x0c;
}

/** What the line pass learns: container depths, and what each line may be. */
interface LineFacts {
  /** Lines holding only spaces and tabs: they end paragraphs, and with them inline code and links. */
  readonly blank: boolean[];
  /** Lines that may be code (fenced or indented), where a closing tag may be text. */
  readonly mayBeCode: boolean[];
  /** Lines of an HTML block, where raw HTML stands in no paragraph. */
  readonly htmlBlock: boolean[];
  /** Lines of an HTML block that blank lines do not end (a comment, `<pre>`, `<script>`…). */
  readonly longHtmlBlock: boolean[];
  /** Lines holding a `|`, which may be a table's row. */
  readonly pipes: boolean[];
  /** How many containers may enclose each line: its own, or those of the line that opened them. */
  readonly enclosing: number[];
  readonly containers: Depth[];
}

// How CommonMark's HTML blocks start, and (for the first five kinds) the text that ends them;
// the sixth kind ends at a blank line. The seventh (any tag alone on its line) is left out:
// its tags are then taken to stand in a paragraph, which counts more.
const HTML_BLOCKS: readonly { start: RegExp; end?: RegExp }[] = [
  { start: /<(?:pre|script|style|textarea)(?:[\s>]|$)/iy, end: /<\/(?:pre|script|style|textarea)>/i },
  { start: /<!--/y, end: /-->/ },
  { start: /<\?/y, end: /\?>/ },
  { start: /<![A-Za-z]/y, end: />/ },
  { start: /<!\[CDATA\[/y, end: /\]\]>/ },
  {
    start:
      /<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/iy,
  },
];

/** The kind of HTML block that may start at `at`, if any. */
function htmlBlockAt(text: string, at: number): { start: RegExp; end?: RegExp } | undefined {
  return HTML_BLOCKS.find((block) => {
    block.start.lastIndex = at;
    return block.start.test(text);
  });
}

/**
 * One pass over the lines. A line's containers are counted from its own markers: every `>`,
 * list marker and footnote label counts one, and the indentation before each may continue
 * list items opened on earlier lines, at least two columns each (a tab counts four). A line
 * with no marker opens nothing, so it is never deeper than the line that opened its deepest
 * container, and is not counted.
 */
function scanLines(text: string): LineFacts {
  const facts: LineFacts = { blank: [], mayBeCode: [], htmlBlock: [], longHtmlBlock: [], pipes: [], enclosing: [], containers: [] };
  // A fence opened on an earlier line: its character and length. Fences are recognised after
  // any markers and at any indentation, which may see one where CommonMark sees none.
  let fence: { char: number; length: number } | undefined;
  // An HTML block opened on an earlier line: what ends it, and the shape of its line's
  // markers, which every line of it repeats (HTML blocks have no lazy lines).
  let html: { end: RegExp | undefined; quotes: number; indent: number } | undefined;
  let longEnd: RegExp | undefined;
  let previousBlank = true;
  let previousIndented = false;
  let enclosing = 0;
  let nextPipe = text.indexOf('|');
  for (let start = 0, line = 0; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const prefix = scanPrefix(text, start, end);
    const isBlank = prefix.content === end || isAllBlank(text, prefix.content, end);
    facts.blank.push(isBlank && prefix.markers === 0);
    if (nextPipe >= 0 && nextPipe < start) nextPipe = text.indexOf('|', start);
    facts.pipes.push(nextPipe >= 0 && nextPipe < end);
    if (prefix.depth > 0) facts.containers.push({ line, depth: prefix.depth });
    if (prefix.markers > 0) enclosing = prefix.depth;
    else if (previousBlank && prefix.lastIndent === 0) enclosing = 0;
    facts.enclosing.push(enclosing);

    const fenceHere = fenceAt(text, prefix.content, end);
    let code = fence !== undefined;
    if (fence !== undefined) {
      if (fenceHere !== undefined && fenceHere.char === fence.char && fenceHere.length >= fence.length && fenceHere.closes) fence = undefined;
    } else if (fenceHere !== undefined) {
      fence = fenceHere;
      code = true;
    }
    // Indented code starts after a blank line or with a new container, and runs on through
    // indented and blank lines.
    const indented: boolean = !isBlank && prefix.lastIndent >= 4 && (previousBlank || previousIndented || prefix.markers > 0);
    const mayBeCode = code || indented;
    facts.mayBeCode.push(mayBeCode);

    // Two readings of HTML blocks. The strict one, for raw HTML standing in no paragraph,
    // ends at any doubt: a blank line, fewer markers or less indentation than its first line.
    if (html !== undefined && (isBlank ? html.end === undefined || prefix.quotes < html.quotes : prefix.quotes !== html.quotes || prefix.indent < html.indent)) html = undefined;
    const kind = text.charCodeAt(prefix.content) === 0x3c ? htmlBlockAt(text, prefix.content) : undefined;
    if (html === undefined && kind !== undefined && !mayBeCode && prefix.lastIndent <= 3) html = { end: kind.end, quotes: prefix.quotes, indent: prefix.indent };
    facts.htmlBlock.push(html !== undefined);
    if (html?.end !== undefined && html.end.test(text.slice(prefix.content, end))) html = undefined;
    // The generous one, for blocks that blank lines do not end: from any line that may start
    // one, wherever it stands, to its end.
    if (longEnd === undefined && kind?.end !== undefined) longEnd = kind.end;
    facts.longHtmlBlock.push(longEnd !== undefined);
    if (longEnd?.test(text.slice(prefix.content, end)) === true) longEnd = undefined;

    if (!isBlank) previousIndented = indented;
    previousBlank = isBlank && prefix.markers === 0;
    if (newline < 0) break;
    start = newline + 1;
  }
  return facts;
}

function isAllBlank(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!isBlankChar(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The container markers at the start of a line: how deep they may nest (see scanLines),
 * how many there are, where the content after them starts and how far it is indented.
 */
function scanPrefix(text: string, start: number, end: number): { depth: number; markers: number; quotes: number; indent: number; content: number; lastIndent: number } {
  let depth = 0;
  let markers = 0;
  let quotes = 0;
  // Columns after the last `>`: white space and list markers.
  let indent = 0;
  let columns = 0;
  let i = start;
  // Read once per line, when the first bullet asks.
  let thematic: ReturnType<typeof thematicTail>;
  let thematicRead = false;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === SPACE) {
      columns += 1;
      indent += 1;
      i += 1;
      continue;
    }
    if (code === TAB) {
      columns += 4;
      indent += 4;
      i += 1;
      continue;
    }
    let after: number;
    if (code === 0x3e /* > */) {
      after = i + 1;
      quotes += 1;
      indent = -1;
    } else if (code === 0x2d /* - */ || code === 0x2a /* * */ || code === 0x2b /* + */) {
      if (i + 1 < end && !isBlankChar(text.charCodeAt(i + 1))) break;
      // `- - -` is a thematic break, not three lists.
      if (!thematicRead) {
        thematic = thematicTail(text, start, end);
        thematicRead = true;
      }
      if (thematic !== undefined && i >= thematic.from && code === thematic.char && thematic.count - thematic.passed(i) >= 3) break;
      after = i + 1;
    } else if (code >= 0x30 && code <= 0x39) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      const delimiter = text.charCodeAt(j);
      if ((delimiter !== 0x2e && delimiter !== 0x29) || (j + 1 < end && !isBlankChar(text.charCodeAt(j + 1)))) break;
      after = j + 1;
    } else if (code === 0x5b /* [ */ && text.charCodeAt(i + 1) === 0x5e /* ^ */) {
      after = footnoteLabelEnd(text, i + 2, end);
      if (after < 0) {
        // Not a footnote definition after all; counted anyway, and nothing after it is a marker.
        depth += Math.floor(columns / 2) + 1;
        markers += 1;
        return { depth, markers, quotes, indent, content: i, lastIndent: 0 };
      }
    } else {
      break;
    }
    depth += Math.floor(columns / 2) + 1;
    markers += 1;
    // A `>` is followed by one optional space, a list marker by its content's column.
    indent += after - i;
    columns = 0;
    i = after;
  }
  return { depth, markers, quotes, indent: Math.max(indent, 0), content: i, lastIndent: columns };
}

/** Where `]:` ends a footnote label that starts at `from` (after `[^`), or -1. Labels hold no white space or brackets. */
function footnoteLabelEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end && i - from < 1000; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c /* \ */) {
      i += 1;
    } else if (code === 0x5d /* ] */) {
      return i > from && text.charCodeAt(i + 1) === 0x3a /* : */ ? i + 2 : -1;
    } else if (code === 0x5b || isWhiteSpace(code)) {
      return -1;
    }
  }
  return -1;
}

/**
 * The longest tail of a line made of one of `-`, `*`, `_` and blanks: where it starts, its
 * character, how many of it there are, and how many of those lie before a position.
 */
function thematicTail(text: string, start: number, end: number): { from: number; char: number; count: number; passed: (at: number) => number } | undefined {
  let i = end - 1;
  while (i >= start && isBlankChar(text.charCodeAt(i))) i--;
  const char = text.charCodeAt(i);
  if (i < start || (char !== 0x2d && char !== 0x2a && char !== 0x5f)) return undefined;
  let count = 0;
  for (; i >= start; i--) {
    const code = text.charCodeAt(i);
    if (code === char) count++;
    else if (!isBlankChar(code)) break;
  }
  const from = i + 1;
  // Markers are read left to right, so counting from `from` to `at` as asked stays linear.
  let counted = from;
  let seen = 0;
  return {
    from,
    char,
    count,
    passed: (at) => {
      for (; counted < at; counted++) if (text.charCodeAt(counted) === char) seen++;
      return seen;
    },
  };
}

/** A code fence at `at`: three or more backticks (none after them) or tildes; whether it could close one (nothing after it). */
function fenceAt(text: string, at: number, end: number): { char: number; length: number; closes: boolean } | undefined {
  const char = text.charCodeAt(at);
  if (char !== 0x60 && char !== 0x7e) return undefined;
  let i = at;
  while (i < end && text.charCodeAt(i) === char) i++;
  if (i - at < 3) return undefined;
  const rest = text.slice(i, end);
  if (char === 0x60 && rest.includes('`')) return undefined;
  return { char, length: i - at, closes: rest.trim() === '' };
}

const VOID_ELEMENTS = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements whose content is text up to their own end tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
// Start tags that end an open `p`. Not `table`, which does not in quirks mode.
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'search',
  'section',
  'summary',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'listing',
  'form',
  'li',
  'dd',
  'dt',
]);
// Elements an end tag of a block closes on its way, as HTML's "implied end tags" do.
const IMPLIED_END = new Set(['p', 'li', 'dd', 'dt', 'option', 'optgroup', 'rb', 'rp', 'rt', 'rtc']);
const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup']);
const BLOCK_END = new Set([...CLOSES_P, 'button', 'table', ...TABLE_PARTS]);
const ROW_GROUPS = new Set(['tbody', 'thead', 'tfoot']);
// What an end tag of a table part closes on its way, besides implied end tags.
const INSIDE_TABLE: Record<string, readonly string[]> = {
  tr: ['td', 'th'],
  tbody: ['td', 'th', 'tr'],
  thead: ['td', 'th', 'tr'],
  tfoot: ['td', 'th', 'tr'],
  table: ['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup'],
};
// Elements behind which HTML ignores the end tags of the elements around them (the scope
// boundaries, and `button`, `ul`, `ol`, `select` for some): when one is left open, the
// paragraph, emphasis, list item or block quote Markdown opened around it stays open too,
// and what follows nests inside.
const BLOCKERS = new Set([
  'applet',
  'caption',
  'html',
  'table',
  'td',
  'th',
  'marquee',
  'object',
  'template',
  'svg',
  'math',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
  'button',
  'ul',
  'ol',
  'select',
]);
// How far down an end tag looks for its element through elements it closes on its way.
const END_TAG_REACH = 16;

/**
 * The open HTML elements, as HTML's parser may hold them, each with the Markdown elements
 * around it that it may keep open ("phantoms"). Those stay counted while it is open, and
 * for good when it closes on a later line than it opened: Markdown may have ended them
 * meanwhile, in vain.
 */
class OpenElements {
  private readonly names: string[] = [];
  private readonly phantoms: number[] = [];
  private readonly lines: number[] = [];
  private open = 0;
  private stale = 0;

  /** How deep the elements nest now. */
  get depth(): number {
    return this.open + this.stale;
  }

  get top(): string | undefined {
    return this.names[this.names.length - 1];
  }

  push(name: string, phantoms: number, line: number): void {
    this.names.push(name);
    this.phantoms.push(phantoms);
    this.lines.push(line);
    this.open += 1 + phantoms;
  }

  pop(line: number): void {
    const phantoms = this.phantoms.pop() ?? 0;
    this.names.pop();
    if ((this.lines.pop() ?? line) < line) this.stale += phantoms;
    this.open -= 1 + phantoms;
  }

  /** The position of `name` from the top, looking through at most `reach` elements that `passable` allows; -1 if not found. */
  find(name: string, passable: (element: string) => boolean, reach: number): number {
    for (let i = this.names.length - 1; i >= 0 && this.names.length - i <= reach; i--) {
      const element = this.names[i] ?? '';
      if (element === name) return i;
      if (!passable(element)) return -1;
    }
    return -1;
  }

  popTo(index: number, line: number): void {
    while (this.names.length > index) this.pop(line);
  }
}

/**
 * The HTML elements open at each tag. Every start tag counts, wherever it stands (in code,
 * a comment or an attribute it may be text, which only counts more), with the table parts
 * HTML adds; a start tag closes only what HTML always closes for it (an open `p` before a
 * block, a `li` before a `li`, a cell before a cell). An end tag closes only when it is sure
 * to be one: an end tag as CommonMark and HTML both read it, not in a comment, an attribute
 * or raw text, and nowhere Markdown could make it text (code, a code span, a link's
 * destination or title, an image's description, after a backslash); then it closes the
 * element on top, or one its end tag reaches through what HTML closes on the way.
 */
function htmlDepths(text: string, lines: LineFacts): Depth[] {
  const depths: Depth[] = [];
  const stack = new OpenElements();
  let line = 0;
  let state: 'data' | 'tag' | 'quote' | 'comment' | 'bogus' | 'raw' = 'data';
  let quote = 0;
  let tagName = '';
  let rawName = '';
  // Since the last blank line: a backtick (inline code may run to the paragraph's end), a
  // link destination not yet closed, something after which nothing is sure, a bracket
  // (a link may be open), and how many emphasis delimiters could have opened.
  let backtick = false;
  let destination = false;
  let unsure = false;
  let bracket = false;
  let openers = 0;
  const sure = (at: number) => !lines.mayBeCode[line] && !backtick && !destination && !unsure && !escaped(text, at);
  // The Markdown elements around a tag here that it may keep open: its containers (a list
  // item is two elements), and in a paragraph the paragraph, a table's four, a link and
  // every emphasis that may be open.
  const phantoms = () => 2 * (lines.enclosing[line] ?? 0) + (lines.htmlBlock[line] === true ? 0 : 1 + (lines.pipes[line] === true ? 4 : 0) + (bracket ? 1 : 0) + openers);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      line += 1;
      if (lines.blank[line] === true) {
        // A tag, comment or declaration in a paragraph or a short HTML block ends with it:
        // Markdown hands HTML's parser the blocks apart, and it starts the next one afresh.
        if (state !== 'raw' && lines.longHtmlBlock[line] !== true) state = 'data';
        backtick = false;
        destination = false;
        unsure = false;
        bracket = false;
        openers = 0;
      }
      if (state === 'tag' && isLineStartMarker(text, i + 1)) unsure = true;
      continue;
    }
    // Markdown's inline constructs that can make an end tag text.
    if (code === 0x60) backtick = true;
    else if (code === 0x5b /* [ */) bracket = true;
    else if (code === 0x5d /* ] */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x28 /* ( */) {
        destination = true;
        i += 1;
        continue;
      }
      if (next === 0x3a /* : */) unsure = true;
    } else if (code === 0x21 /* ! */ && text.charCodeAt(i + 1) === 0x5b) unsure = true;
    else if (destination && code === 0x29 /* ) */) destination = false;
    else if (destination && (code === 0x22 || code === 0x27 || code === 0x28 || code === 0x3c)) unsure = true;
    else if ((code === 0x2a || code === 0x5f || code === 0x7e) && !isWhiteSpace(text.charCodeAt(i + 1))) openers += 1;

    if (code === 0x3c /* < */ && isAsciiLetter(text.charCodeAt(i + 1))) {
      const end = nameEnd(text, i + 1);
      const name = text.slice(i + 1, end).toLowerCase();
      openElement(stack, name, BLOCKERS.has(name) ? phantoms() : 0, line);
      depths.push({ line, depth: stack.depth });
      if (state === 'data') {
        state = 'tag';
        tagName = name;
      }
      i = end - 1;
      continue;
    }
    switch (state) {
      case 'data':
        if (code !== 0x3c) break;
        if (text.charCodeAt(i + 1) === 0x2f /* / */) {
          if (isAsciiLetter(text.charCodeAt(i + 2))) {
            const end = nameEnd(text, i + 2);
            const close = strictEndTagEnd(text, end);
            if (close >= 0 && sure(i)) closeElement(stack, text.slice(i + 2, end).toLowerCase(), line);
            if (close >= 0) {
              i = close - 1;
            } else {
              state = 'tag';
              tagName = '';
              i = end - 1;
            }
          } else if (text.charCodeAt(i + 2) !== 0x3e) {
            state = 'bogus';
          }
        } else if (text.startsWith('<!--', i)) {
          // `<!-->` and `<!--->` are whole comments.
          state = text.startsWith('<!-->', i) || text.startsWith('<!--->', i) ? 'data' : 'comment';
          i += 3;
        } else if (text.charCodeAt(i + 1) === 0x21 || text.charCodeAt(i + 1) === 0x3f) {
          state = 'bogus';
        }
        break;
      case 'tag':
        if (code === 0x22 || code === 0x27) {
          state = 'quote';
          quote = code;
        } else if (code === 0x3e) {
          state = RAW_TEXT.has(tagName) ? 'raw' : 'data';
          rawName = tagName;
        }
        break;
      case 'quote':
        if (code === quote) state = 'tag';
        break;
      case 'comment':
        if (text.startsWith('-->', i)) {
          state = 'data';
          i += 2;
        } else if (text.startsWith('--!>', i)) {
          state = 'data';
          i += 3;
        }
        break;
      case 'bogus':
        if (code === 0x3e) state = 'data';
        break;
      case 'raw': {
        if (code !== 0x3c || text.charCodeAt(i + 1) !== 0x2f || rawName === 'plaintext') break;
        const end = i + 2 + rawName.length;
        const after = text.charCodeAt(end);
        if (text.slice(i + 2, end).toLowerCase() !== rawName || !(isWhiteSpace(after) || after === 0x2f || after === 0x3e)) break;
        const close = strictEndTagEnd(text, end);
        if (close >= 0 && sure(i)) closeElement(stack, rawName, line);
        if (close >= 0) {
          state = 'data';
          i = close - 1;
        } else {
          state = 'tag';
          tagName = '';
          i = end - 1;
        }
        break;
      }
    }
  }
  return depths;
}

/** Opens a start tag's element, with the table parts HTML adds, after closing what HTML always closes for it. */
function openElement(stack: OpenElements, name: string, phantoms: number, line: number): void {
  if (VOID_ELEMENTS.has(name)) return;
  if (CLOSES_P.has(name) && stack.top === 'p') stack.pop(line);
  if (name === 'li' && stack.top === 'li') stack.pop(line);
  if ((name === 'dd' || name === 'dt') && (stack.top === 'dd' || stack.top === 'dt')) stack.pop(line);
  if ((name === 'option' || name === 'optgroup') && stack.top === 'option') stack.pop(line);
  if (name === 'optgroup' && stack.top === 'optgroup') stack.pop(line);
  if (name === 'td' || name === 'th' || name === 'tr' || ROW_GROUPS.has(name)) {
    const closing = name === 'td' || name === 'th' ? ['td', 'th'] : name === 'tr' ? ['td', 'th', 'tr'] : ['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'];
    while (stack.top !== undefined && closing.includes(stack.top)) stack.pop(line);
  }
  // A cell or row may stand in a table under elements HTML moved out of it ("foster
  // parented"), which it then closes: its row and row group count unless on top already.
  if (name === 'td' || name === 'th') {
    if (stack.top !== 'tr') {
      if (!ROW_GROUPS.has(stack.top ?? '')) stack.push('tbody', 0, line);
      stack.push('tr', 0, line);
    }
  } else if (name === 'tr' && !ROW_GROUPS.has(stack.top ?? '')) {
    stack.push('tbody', 0, line);
  }
  stack.push(name, phantoms, line);
}

/** Closes `name` if it is on top, or (for a block) under elements its end tag closes on its way. */
function closeElement(stack: OpenElements, name: string, line: number): void {
  if (!BLOCK_END.has(name)) {
    if (stack.top === name) stack.pop(line);
    return;
  }
  const inside = INSIDE_TABLE[name] ?? [];
  const at = stack.find(name, (element) => IMPLIED_END.has(element) || inside.includes(element), END_TAG_REACH);
  if (at >= 0) stack.popTo(at, line);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Where a tag name that starts at `from` ends: HTML reads up to white space, `/` or `>`; a `<` starts another. */
function nameEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code) || code === 0x2f || code === 0x3e || code === 0x3c) break;
    i++;
  }
  return i;
}

/** Where an end tag whose name ends at `from` ends, if only spaces and tabs stand before its `>`; else -1. */
function strictEndTagEnd(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  return text.charCodeAt(i) === 0x3e ? i + 1 : -1;
}

/** Whether the character at `at` follows an odd run of backslashes (Markdown escapes it). */
function escaped(text: string, at: number): boolean {
  let count = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 0x5c; i--) count++;
  return count % 2 === 1;
}

/** Whether a line starting at `at` begins (after blanks) with `>`, which may be a block quote's marker Markdown removes. */
function isLineStartMarker(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
  return text.charCodeAt(i) === 0x3e;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a letter or digit stands at `at` (the whole character, when it is a surrogate pair). */
function isLetterOrDigit(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || isAsciiLetter(code);
  // A low surrogate ends a pair that starts one unit before it.
  const start = code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start) ?? 0));
}

/**
 * Emphasis nests only inside a paragraph, and each level needs a delimiter that can open
 * before a point and one that can close after it: at any point, the depth is at most the
 * fewer of those. Every run of `*`, `_` or `~` counts, wherever it stands, each character
 * as one level: a run can open when no white space follows it, close when none precedes it
 * (and `_` does neither inside a word).
 */
function emphasisDepths(text: string): Depth[] {
  const depths: Depth[] = [];
  let runs: { line: number; opens: number; closes: number }[] = [];
  let line = 0;
  const endParagraph = () => {
    let closesAfter = runs.reduce((sum, run) => sum + run.closes, 0);
    let opensBefore = 0;
    for (const run of runs) {
      opensBefore += run.opens;
      closesAfter -= run.closes;
      depths.push({ line: run.line, depth: Math.min(opensBefore, closesAfter) });
    }
    runs = [];
  };
  let lineHasText = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      if (!lineHasText) endParagraph();
      line += 1;
      lineHasText = false;
      continue;
    }
    if (!isBlankChar(code)) lineHasText = true;
    if (code !== 0x2a && code !== 0x5f && code !== 0x7e) continue;
    let end = i;
    while (text.charCodeAt(end) === code) end++;
    const before = i > 0 ? text.charCodeAt(i - 1) : NEWLINE;
    const after = end < text.length ? text.charCodeAt(end) : NEWLINE;
    const length = end - i;
    // `_` between letters or digits (snake_case) can neither open nor close.
    const inWord = code === 0x5f && isLetterOrDigit(text, i - 1) && isLetterOrDigit(text, end);
    runs.push({ line, opens: inWord || isWhiteSpace(after) ? 0 : length, closes: inWord || isWhiteSpace(before) ? 0 : length });
    i = end - 1;
  }
  endParagraph();
  return depths;
}
