import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { BODY_NESTING_LIMITS, findDeepNesting } from '../../../src/lib/content/body-limits.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateArticles } from '../../../src/lib/content/validate-articles.ts';
import { articleMarkdownProcessor } from '../../../src/markdown/pipeline.ts';
import { articleText, testSite } from './site.ts';

const over = (times: number, unit: string) => unit.repeat(times);
const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');

describe('findDeepNesting refuses', () => {
  it.each([
    ['block quotes', `${over(65, '> ')}x`, 1, 'blockquotes and lists nested 65 deep; at most 64'],
    ['block quotes written without spaces', `${over(65, '>')}x`, 1, 'blockquotes and lists nested 65 deep; at most 64'],
    ['lists nested by indentation', lines(66, (i) => `${'  '.repeat(i)}- item`), 65, 'blockquotes and lists nested 66 deep; at most 64'],
    ['lists nested by tabs', lines(40, (i) => `${'\t'.repeat(i)}- item`), 33, 'blockquotes and lists nested'],
    ['lists opened on one line', `${over(65, '- ')}x`, 1, 'blockquotes and lists nested 65 deep'],
    ['numbered lists opened on one line', `${over(65, '1. ')}x`, 1, 'blockquotes and lists nested 65 deep'],
    ['quotes and lists mixed', `${over(33, '> - ')}x`, 1, 'blockquotes and lists nested 66 deep'],
    ['footnote definitions', `${over(65, '[^a]: ')}x`, 1, 'blockquotes and lists nested 65 deep'],
    ['HTML elements', `${over(65, '<div>')}x`, 1, 'HTML elements nested 65 deep; at most 64'],
    ['HTML elements in capitals, self-closed, or over many lines', lines(65, () => '<DIV/>'), 65, 'HTML elements nested 65 deep'],
    ['table cells, which bring their rows', over(17, '<table><td>'), 1, 'HTML elements nested 68 deep'],
    ['a body that goes deep after a few lines', `One.\n\nTwo.\n\n${over(70, '<span>')}x`, 5, 'HTML elements nested 70 deep'],
    ['emphasis', `${over(257, '*a ')}x${over(257, ' b*')}`, 1, 'emphasis markers (*, _, ~) that can nest 257 deep; at most 256'],
    ['strikethrough', `${over(257, '~a ')}x${over(257, ' b~')}`, 1, 'emphasis markers (*, _, ~) that can nest 257 deep'],
  ])('%s', (_name, body, line, message) => {
    const found = findDeepNesting(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(line);
    expect(found[0]?.message).toContain(message);
  });

  // End tags that Markdown makes text, or that HTML reads as none: the elements they seem to
  // close stay open for the parser, so they close nothing in the count either.
  it.each([
    ['in a code span', '<div>`</div>`\n'],
    ['in a code span over two lines', '<div>`a\n</div>`\n\n'],
    ['in a fenced code block', '<div>\n\n```\n</div>\n```\n\n'],
    ['in a fenced code block in a list item', '<div>\n\n- ```\n  </div>\n  ```\n\n'],
    ['in an indented code block', '<div>\n\n    </div>\n\n'],
    ['after a backslash', '<div>\\</div>\n'],
    ['in a link title', '<div>[a](u "</div>")\n'],
    ['as a link destination', '<div>[a](</div>)\n'],
    ['in an image description', '<div>![</div>](u)\n'],
    ['in a link definition', '<div>\n\n[a]: </div>\n\n'],
    ['in a comment', '<div><!-- </div> -->\n'],
    ['in an attribute', '<div title="</div>">\n'],
    ['in an attribute of a tag over two quoted lines', '> <div\n> title="</div>">\n\n'],
    ['in raw text', '<div><textarea></div></textarea>\n'],
    ['with more than white space before its >', '<div></div x>\n'],
  ])('an end tag %s', (_name, unit) => {
    expect(findDeepNesting(over(70, unit)).map((deep) => deep.kind)).toContain('html');
  });

  // An element HTML leaves open keeps the Markdown elements around it open too, even when it
  // closes later: the paragraph, list item or quote Markdown ended meanwhile nests on.
  it.each([
    ['a button left open in a paragraph', 'x <button>\n\n'],
    ['a template closed after its quote ended', '> <template>\n\n</template>\n\n'],
    ['an object inside emphasis', '*<object>x*\n\n'],
    ['a list opened inside a list item', '- <ul>\n\n'],
    ['a cell left open in a quote', '> <table><td>\n\n'],
  ])('%s', (_name, unit) => {
    expect(findDeepNesting(over(40, unit)).map((deep) => deep.kind)).toContain('html');
  });
});

describe('validateArticles', () => {
  it('refuses a body nested too deep, naming the file and the line where it goes too deep', () => {
    const text = articleText(['title: T', 'date: 2024-01-02'], `First paragraph.\n\n${over(70, '> ')}Quoted.`);
    const { articles, problems } = validateArticles([{ file: 'a.md', text }], testSite);
    expect(problems.map(formatProblem)).toEqual(['a.md:8: body: blockquotes and lists nested 70 deep; at most 64']);
    expect(articles).toEqual([]);
  });
});

describe('findDeepNesting accepts what articles hold', () => {
  it.each([
    ['block quotes at the limit', `${over(64, '> ')}x`],
    ['a long flat list', lines(500, (i) => `- item ${i}`)],
    ['a long numbered list over many paragraphs', lines(300, (i) => `${i + 1}. item\n`)],
    ['paragraphs with inline HTML', over(300, 'Text with <b>bold</b>, <sup>1</sup> and [a link](https://example.org/a_(b)).\n\n')],
    ['list items and paragraphs HTML leaves unclosed', `<ul>${over(200, '<li>x')}</ul>\n\n${over(200, '<p>x')}\n\n<dl>${over(100, '<dt>a<dd>b')}</dl>`],
    ['a table pasted with indentation', `<table>\n${over(200, '    <tr>\n      <td>1</td><td>2\n    </tr>\n')}</table>`],
    ['a table in Markdown', `| a | b |\n| - | - |\n${over(300, '| 1 | 2 |\n')}`],
    ['many figures', over(100, '<figure>\n<img src="a.jpg" alt="">\n<figcaption>Photo: [AP](https://ap.example) <em>2024</em></figcaption>\n</figure>\n\n')],
    ['many embeds', over(100, '<blockquote class="embed"><p>Post</p>&mdash; Someone</blockquote>\n<script async src="https://example.org/e.js"></script>\n\n')],
    ['a thematic break of many dashes', `${over(100, '- ').trim()}\n\n${over(100, '* ').trim()}\n\n> ${over(100, '_ ').trim()}`],
    ['a paragraph with many bold names', Array.from({ length: 200 }, (_, i) => `**Name ${i}** ${i}`).join(', ')],
    ['snake_case names', over(300, 'snake_case_name ')],
    ['HTML comments', over(100, '<!-- note -->\n<div>x</div>\n\n')],
  ])('%s', (_name, body) => {
    expect(findDeepNesting(body)).toEqual([]);
  });

  it('counts nothing in a body of plain paragraphs, however long', () => {
    expect(findDeepNesting(over(2000, 'Plain words, and more plain words.\n\n'), { containers: 0, html: 0, emphasis: 0 })).toEqual([]);
  });
});

// The renderer's own tree, walked without recursion.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
function treeDepth(body: string): number {
  type Node = { children?: Node[]; content?: Node };
  let max = 0;
  const stack: [Node, number][] = [[parser.runSync(parser.parse(body)) as Node, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    max = Math.max(max, depth);
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
    if (node.content !== undefined) stack.push([node.content, depth]);
  }
  return max;
}

// Pieces of Markdown and HTML, repeated in random patterns: whatever the parser nests, the
// counts (a list item being two elements) cover it, with a few levels for the paragraph,
// table and link a body always may have.
const PIECES = [
  '<div>',
  '</div>',
  '<span>',
  '</span>',
  '<b>',
  '</b>',
  '<p>',
  '</p>',
  '<table>',
  '<td>',
  '<tr>',
  '</td>',
  '</table>',
  '<li>',
  '<ul>',
  '</ul>',
  '<button>',
  '<template>',
  '</template>',
  '<object>',
  '<select>',
  '`',
  '\n```\n',
  '\n\n',
  '\n',
  '> ',
  '- ',
  '1. ',
  '    ',
  '[a](',
  ')',
  '"',
  '[a]: ',
  '![',
  ']',
  '\\',
  '<!--',
  '-->',
  '<textarea>',
  '</textarea>',
  '*',
  '**',
  '_',
  '~',
  'x',
  ' ',
  '<a title="',
  '">',
  '[^n]: ',
  '<svg>',
  '<div/>',
  '| a |\n| - |\n| ',
];

function randomBodies(count: number, seed: number): string[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: count }, () => {
    let unit = '';
    for (let i = 2 + Math.floor(random() * 5); i > 0; i--) unit += PIECES[Math.floor(random() * PIECES.length)];
    return unit.repeat(15 + Math.floor(random() * 30));
  });
}

describe('findDeepNesting never counts less than the renderer nests', () => {
  it.each(randomBodies(150, 2024).map((body) => [JSON.stringify(body.slice(0, 40)), body]))('%s…', (_start, body) => {
    const counted = { containers: 0, html: 0, emphasis: 0 };
    for (const deep of findDeepNesting(body, { containers: 0, html: 0, emphasis: 0 })) counted[deep.kind] = deep.depth;
    expect(treeDepth(body)).toBeLessThanOrEqual(2 * counted.containers + counted.html + counted.emphasis + 10);
  });

  it('renders a body at every limit at once, far from the stack’s end', async () => {
    const body = `${over(BODY_NESTING_LIMITS.containers, '- ')}${over(BODY_NESTING_LIMITS.html, '<span>')}${over(BODY_NESTING_LIMITS.emphasis, '*a ')}x${over(BODY_NESTING_LIMITS.emphasis, ' b*')}`;
    expect(findDeepNesting(body)).toEqual([]);
    const renderer = await articleMarkdownProcessor.createRenderer({ image: { domains: [], remotePatterns: [] }, syntaxHighlight: false });
    const { code } = await renderer.render(body, { frontmatter: {} });
    expect(code).toContain('<em>a x b</em>');
  });
});
