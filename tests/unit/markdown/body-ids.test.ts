import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleMarkdownProcessor } from '../../../src/markdown/pipeline.ts';
import { PAGE_FRAME_ID_PATTERNS, PAGE_FRAME_IDS } from '../../../src/markdown/page-frame-ids.ts';
import { isReservedBodyId } from '../../../src/markdown/rehype-body-ids.ts';

const ROOT = join(import.meta.dirname, '../../..');
let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
  const renderer = await articleMarkdownProcessor.createRenderer({ image: { domains: [], remotePatterns: [] }, syntaxHighlight: false });
  render = async (markdown) => (await renderer.render(markdown, { frontmatter: {}, fileURL: new URL('file:///tmp/article.md') })).code;
});

/** The ids of a rendered body, in document order. */
async function idsOf(markdown: string): Promise<string[]> {
  const { document } = parseHTML(`<!doctype html><html><body>${await render(markdown)}</body></html>`);
  return [...document.querySelectorAll('[id]')].map((e) => e.id);
}

/** The id of every heading of a body, in order. */
async function headingIds(markdown: string): Promise<string[]> {
  const { document } = parseHTML(`<!doctype html><html><body>${await render(markdown)}</body></html>`);
  return [...document.querySelectorAll('h2, h3, h4, h5, h6')].filter((h) => !h.closest('.footnotes')).map((h) => h.id);
}

describe('body heading ids', () => {
  it.each([
    ['an ordinary heading keeps the id links were shared with', '## What was repaired', ['what-was-repaired']],
    ['"Main" cannot take the page’s main', '## Main', ['main-1']],
    ['"Article headline" cannot take the headline’s', '## Article headline', ['article-headline-1']],
    ['"Share heading" cannot take the share box’s', '## Share heading', ['share-heading-1']],
    ['"Related heading" cannot take the sidebar’s', '### Related heading', ['related-heading-1']],
    ['a renamed heading leaves a second one its old id', '## Main\n\n## Main', ['main-2', 'main-1']],
    ['"Footnote label" cannot take the footnotes’ label', 'Text.[^1]\n\n## Footnote label\n\n[^1]: Note.', ['footnote-label-1']],
    ['a heading cannot pose as a footnote', 'Text.[^1]\n\n## User content fn 1\n\n[^1]: Note.', ['heading-user-content-fn-1']],
    ['a demoted "# Main" too', '# Main', ['main-1']],
  ])('%s', async (_case, markdown, ids) => {
    expect(await headingIds(markdown)).toEqual(ids);
  });

  it('gives no two elements of a body one id, and none an id of the page frame', async () => {
    const markdown = [
      '# Main',
      'Text.[^1] More.[^2]',
      '## Main',
      '## Main 1',
      '## Footnote label',
      '## Share heading',
      'Same paragraph.',
      'Same paragraph.',
      '<p id="main">raw</p>',
      '<span id="footnote-label">forged</span> <a id="user-content-fnref-1" name="x">forged</a>',
      '[^1]: One.',
      '[^2]: Two.',
    ].join('\n\n');
    const ids = await idsOf(markdown);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(PAGE_FRAME_IDS.has(id)).toBe(false);
    expect(ids.filter((id) => id === 'footnote-label' || id === 'user-content-fnref-1')).toHaveLength(2);
  });

  it('drops ids written in raw HTML, also ones shaped like footnotes’', async () => {
    const html = await render('<p>a <span id="user-content-fn-9">b</span> <span id="footnote-label">c</span> <em id="main">d</em></p>');
    expect(html).not.toMatch(/id="(user-content-fn-9|footnote-label|main)"/);
    expect(html).not.toContain('dispatch-');
  });

  it('keeps every footnote link pointing at its footnote and back, with no mark of the pipeline left', async () => {
    const html = await render('One.[^a] Two.[^b]\n\n[^a]: First.\n[^b]: Second.');
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const links = [...document.querySelectorAll('a[href^="#user-content-"]')];
    expect(links).toHaveLength(4);
    for (const link of links) expect(document.getElementById((link.getAttribute('href') ?? '').slice(1))).not.toBeNull();
    expect(document.querySelector('[aria-describedby="footnote-label"]')).not.toBeNull();
    expect(document.getElementById('footnote-label')?.textContent).toBe('Footnotes');
    expect(html).not.toContain('dispatch-');
  });

  it('keeps paragraph ids and their "#" links', async () => {
    const { document } = parseHTML(`<!doctype html><html><body>${await render('## Main\n\nFirst paragraph.\n\nSecond paragraph.')}</body></html>`);
    const paragraphs = [...document.querySelectorAll('body > p')];
    expect(paragraphs.map((p) => p.id)).toEqual([expect.stringMatching(/^p-first-paragraph-/), expect.stringMatching(/^p-second-paragraph-/)]);
    for (const p of paragraphs) expect(p.querySelector('a.anchor')?.getAttribute('href')).toBe(`#${p.id}`);
    expect(document.querySelector('h2 a.anchor')?.getAttribute('href')).toBe('#main-1');
  });
});

describe('the page frame’s ids', () => {
  const files = ['src/components', 'src/layouts', 'src/pages']
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(ROOT, dir, f)))
    .filter((f) => f.endsWith('.astro'));

  it('are all reserved, so no body heading can take one', () => {
    const found: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const [, id] of source.matchAll(/\sid="([^"]+)"/g)) found.push(`${relative(ROOT, file)}: ${id}`);
      // An id made from a pattern: the pattern must be reserved, checked with a number put in.
      for (const [, template] of source.matchAll(/\sid=\{`([^`]+)`\}/g)) found.push(`${relative(ROOT, file)}: ${(template ?? '').replace(/\$\{[^}]+\}/g, '7')}`);
      // Any other id from an expression cannot be checked here: it has to become one of the above.
      for (const [expression] of source.matchAll(/\sid=\{(?!`)[^}]*\}/g)) found.push(`${relative(ROOT, file)}: unchecked ${expression.trim()}`);
    }
    expect(found.length).toBeGreaterThan(10);
    const unreserved = found.filter((entry) => {
      const id = entry.slice(entry.indexOf(': ') + 2);
      return !PAGE_FRAME_IDS.has(id) && !PAGE_FRAME_ID_PATTERNS.some((p) => p.test(id));
    });
    expect(unreserved).toEqual([]);
  });

  it.each([
    ['main', true],
    ['front-section-3', true],
    ['year-2024', true],
    ['footnote-label', true],
    ['user-content-fn-1', true],
    ['main-1', false],
    ['what-was-repaired', false],
    ['p-value', false],
  ])('%s is reserved: %s', (id, reserved) => {
    expect(isReservedBodyId(id)).toBe(reserved);
  });
});
