import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleMarkdownProcessor } from '../../../src/markdown/pipeline.ts';

let render: (markdown: string, dateline?: string) => Promise<Document>;

beforeAll(async () => {
  const renderer = await articleMarkdownProcessor.createRenderer({ image: { domains: [], remotePatterns: [] }, syntaxHighlight: false });
  render = async (markdown, dateline) => {
    const frontmatter = dateline === undefined ? {} : { dateline };
    const html = (await renderer.render(markdown, { frontmatter, fileURL: new URL('file:///tmp/article.md') })).code;
    return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  };
});

describe('the dateline at the start of the first paragraph', () => {
  it.each([
    ['a plain first paragraph', 'Talks began on Tuesday.\n\nA second paragraph.', 'SEOUL', 'SEOUL — Talks began on Tuesday.'],
    ['a body opening with a heading', '## Background\n\nTalks began.', 'Moscow', 'Moscow — Talks began.'],
    ['a body opening with a quote', '> Said before.\n\nTalks began.', 'GENEVA', 'GENEVA — Talks began.'],
    ['a place in another script, isolated', 'Talks began.', 'القاهرة', 'القاهرة — Talks began.'],
  ])('%s', async (_name, markdown, dateline, firstParagraph) => {
    const document = await render(markdown, dateline);
    const first = [...document.body.children].find((e) => e.tagName === 'P');
    expect(first?.textContent?.replace(/#$/, '').trim()).toBe(firstParagraph);
    expect(first?.querySelector('bdi.article-dateline')?.textContent).toBe(dateline);
  });

  it('keeps each paragraph’s id, so links shared before the dateline was added still work', async () => {
    const ids = (document: Document) => [...document.querySelectorAll('p[id]')].map((p) => p.id);
    const markdown = 'Talks began on Tuesday.\n\nA second paragraph.';
    expect(ids(await render(markdown, 'SEOUL'))).toEqual(ids(await render(markdown)));
  });

  it('prints a paragraph of its own when the body has none', async () => {
    const document = await render('- one\n- two', 'PARIS');
    expect(document.body.firstElementChild?.outerHTML).toBe('<p><bdi class="article-dateline">PARIS</bdi></p>');
  });

  it('prints nothing without a dateline, and a dateline is text, never markup', async () => {
    expect((await render('Talks began.')).querySelector('.article-dateline')).toBeNull();
    const document = await render('Talks began.', '<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.article-dateline')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
