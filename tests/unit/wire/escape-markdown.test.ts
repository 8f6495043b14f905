import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/lib/wire/escape-markdown.ts';
import { seededRandom } from '../../../src/lib/related/random.ts';

// The site's Markdown: CommonMark plus GFM (src/markdown/pipeline.ts).
const processor = unified().use(remarkParse).use(remarkGfm);

/** What a reader sees of one escaped paragraph, or why it is not plain text in one paragraph. */
function rendered(markdown: string): string {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const [only, ...more] = tree.children;
  if (!only || more.length > 0 || only.type !== 'paragraph') return `not one paragraph: ${tree.children.map((c) => c.type).join(', ')}`;
  return only.children.map(visibleText).join('');
}

// Text and bare URLs (GFM links them, with their text as sent) only: anything else is markup.
function visibleText(node: RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'link' && node.children.every((c) => c.type === 'text')) return node.children.map(visibleText).join('');
  return `<${node.type}>`;
}

describe('escapeMarkdown: text that looks like Markdown renders exactly as sent', () => {
  it.each([
    ['emphasis', '*bold* and **strong** and _em_'],
    ['underscores inside words', 'the_payments_gateway and snake_case'],
    ['a heading', '# of customers affected: 20,000'],
    ['a heading with more hashes', '### three'],
    ['HTML tags', 'fees charged <b>twice</b> <script>alert(1)</script>'],
    ['an HTML comment', '<!-- note -->'],
    ['an ordered list', '1. Card payments were restored first'],
    ['an ordered list with a bracket', '2) transfers followed'],
    ['a year starting a sentence', '1987. A year to remember'],
    ['a bullet with a hyphen', '- Refunds will be automatic'],
    ['a bullet with a plus', '+ More updates will follow'],
    ['a bullet with a star', '* starred'],
    ['a thematic break', '---'],
    ['a starred break', '***'],
    ['an underscored break', '___'],
    ['a block quote', '> quoted'],
    ['a setext underline', '==='],
    ['a link', '[details](https://kite.example/details)'],
    ['an image', '![logo](logo.png)'],
    ['a reference link definition', '[ref]: https://kite.example'],
    ['a footnote', 'As noted[^1] here'],
    ['a footnote definition', '[^1]: the note'],
    ['inline code', 'the error `ERR_GATEWAY` appeared'],
    ['a code fence', '```js'],
    ['a tilde fence', '~~~'],
    ['a table row', '| a | b |'],
    ['pipes in a sentence', 'ERR_GATEWAY | code 7'],
    ['strikethrough', '~~gone~~ and ~one~'],
    ['a lone tilde', 'about 5 ~ 6 per cent'],
    ['a backslash', 'a backslash \\ in a config file'],
    ['a backslash before punctuation', 'C:\\*.txt and \\_'],
    ['a trailing backslash', 'ends with \\'],
    ['entity references', 'AT&amp;T &copy; &#169; &#x41; and AT&T'],
    ['an angle autolink', '<https://kite.example>'],
    ['a bare URL with underscores and stars', 'see https://status.kite.example/2024_03_outage*1* now'],
    ['a bare URL at the end of a sentence', 'at www.kite.example/status_old.'],
    ['a URL in brackets', '(https://kite.example/a_(b)_c)'],
    ['an email address', 'write to press_office@kite.example today'],
    ['a mailto URL', 'mailto:press_office@kite.example'],
    ['curly quotes and dashes', '“Quiet” – they said — ‘fine’'],
    ['plain copy', 'Flanked by uniformed defence officials, Kim waved.'],
  ])('%s', (_name, text) => {
    expect(rendered(escapeMarkdown(text))).toBe(text);
  });

  it('leaves copy without Markdown-looking text unchanged', () => {
    const text = 'Kim Jong-un was in Russia on Tuesday night to meet Vladimir Putin, the US warned: 75 years, 2019.';
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('round-trips 3,000 random lines made of Markdown punctuation, words and URL parts', () => {
    const pieces = [
      'a',
      'Kim',
      ' ',
      ' ',
      '*',
      '_',
      '~',
      '`',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '!',
      '#',
      '-',
      '+',
      '=',
      '|',
      '\\',
      '&',
      ';',
      'amp',
      '#1',
      ':',
      '.',
      '1',
      '2.',
      'http://',
      'https://',
      'www.',
      'x.com',
      '@',
      '"',
      "'",
      '^',
      '/',
      '?',
      'é',
    ];
    // The same lines on every run.
    const random = seededRandom(7);
    const failures: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(random() * 12);
      const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)])
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      if (text !== '' && rendered(escapeMarkdown(text)) !== text) failures.push(text);
    }
    expect(failures).toEqual([]);
  });
});
