import { describe, expect, it } from 'vitest';
import { renderArticleFile } from '../../../src/lib/editor/render-article-file.ts';

describe('renderArticleFile', () => {
  it('writes the fields in a fixed order, lists in flow style, a note as a comment, then the body', () => {
    const text = renderArticleFile({ source: 'AFP', tags: ['North Korea', 'a: b'], section: 'world', description: 'Standfirst.', date: '2023-09-12', title: 'Headline' }, ['One.', 'Two.'], {
      tags: 'edit freely',
    });
    expect(text).toBe('---\ntitle: Headline\ndate: 2023-09-12\ndescription: Standfirst.\nsection: world\ntags: [North Korea, "a: b"] # edit freely\nsource: AFP\n---\n\nOne.\n\nTwo.\n');
  });

  it('leaves out empty lists and writes a draft flag as a boolean', () => {
    expect(renderArticleFile({ title: 'T', date: '2024-01-02', tags: [], draft: true }, ['Body.'])).toBe('---\ntitle: T\ndate: 2024-01-02\ndraft: true\n---\n\nBody.\n');
  });

  it('never folds a long value over several lines', () => {
    const title = `${'word '.repeat(40)}end`;
    expect(renderArticleFile({ title, date: '2024-01-02' }, ['Body.']).split('\n')[1]).toBe(`title: ${title}`);
  });
});
