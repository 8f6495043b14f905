import { beforeAll, describe, expect, it } from 'vitest';
import { hasForbiddenCharacters } from '../../../src/lib/text/xml-characters.ts';
import { articleMarkdownProcessor } from '../../../src/markdown/pipeline.ts';

let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
  const renderer = await articleMarkdownProcessor.createRenderer({ image: { domains: [], remotePatterns: [] }, syntaxHighlight: false });
  render = async (markdown) => (await renderer.render(markdown, { frontmatter: {}, fileURL: new URL('file:///tmp/article.md') })).code;
});

describe('a body with characters HTML forbids spelled as references', () => {
  it.each([
    ['a C0 control in an HTML block', '<div>\nb&#x1;c\n</div>', 'bc'],
    ['a C1 control in an HTML block', '<div>\nb&#x81;c\n</div>', 'bc'],
    ['a noncharacter in an HTML block', '<div>\nb&#xFFFE;c\n</div>', 'bc'],
    ['a control in an attribute', '<p><abbr title="x&#x1;y">X</abbr></p>', 'title="xy"'],
  ])('renders %s without it', async (_case, markdown, kept) => {
    const html = await render(markdown);
    expect(hasForbiddenCharacters(html)).toBe(false);
    expect(html).toContain(kept);
  });
});
